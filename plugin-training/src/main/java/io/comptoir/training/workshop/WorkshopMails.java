package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.training.api.WorkshopSession;
import io.comptoir.training.support.Paris;

/** The messages about workshops, in French as the marketplace speaks to its shops. */
final class WorkshopMails {
    private WorkshopMails() {
    }

    static Mail confirmed(Account to, WorkshopSession session) {
        return new Mail(to.email(), "Atelier réservé : " + session.moduleTitle() + " le " + Paris.date(Paris.dateOf(session.startsAt())),
                greeting(to) + "Votre place est réservée pour l'atelier « " + session.moduleTitle() + " ».\n\n" + details(session)
                        + "\nSi vous ne pouvez plus venir, annulez votre réservation depuis votre espace boutique : "
                        + "la place ira à la première personne de la liste d'attente.\n" + SIGNATURE,
                "training_booking_confirmed");
    }

    static Mail waiting(Account to, WorkshopSession session, int position) {
        return new Mail(to.email(), "Liste d'attente : " + session.moduleTitle() + " le " + Paris.date(Paris.dateOf(session.startsAt())),
                greeting(to) + "L'atelier « " + session.moduleTitle() + " » est complet : vous êtes en position " + position
                        + " sur la liste d'attente.\nDès qu'une place se libère, elle vous est attribuée automatiquement et nous "
                        + "vous prévenons par e-mail.\n\n" + details(session) + SIGNATURE,
                "training_booking_waiting");
    }

    static Mail promoted(Account to, WorkshopSession session) {
        return new Mail(to.email(), "Une place s'est libérée : " + session.moduleTitle() + " le " + Paris.date(Paris.dateOf(session.startsAt())),
                greeting(to) + "Bonne nouvelle : une place s'est libérée et elle est pour vous. Votre réservation pour l'atelier « "
                        + session.moduleTitle() + " » est confirmée.\n\n" + details(session)
                        + "\nSi vous ne pouvez plus venir, annulez depuis votre espace boutique.\n" + SIGNATURE,
                "training_booking_promoted");
    }

    static Mail cancelled(Account to, WorkshopSession session) {
        return new Mail(to.email(), "Réservation annulée : " + session.moduleTitle() + " le " + Paris.date(Paris.dateOf(session.startsAt())),
                greeting(to) + "Votre réservation pour l'atelier « " + session.moduleTitle() + " » du "
                        + Paris.longDate(session.startsAt()) + " est annulée.\nVous pouvez réserver une autre séance depuis votre "
                        + "espace boutique.\n" + SIGNATURE,
                "training_booking_cancelled");
    }

    static Mail sessionCancelled(Account to, WorkshopSession session, String reason) {
        return new Mail(to.email(), "Atelier annulé : " + session.moduleTitle() + " le " + Paris.date(Paris.dateOf(session.startsAt())),
                greeting(to) + "Nous sommes désolés : l'atelier « " + session.moduleTitle() + " » du " + Paris.longDate(session.startsAt())
                        + " est annulé.\nMotif : " + reason + "\n\nVotre réservation est annulée. D'autres séances vous attendent "
                        + "dans votre espace boutique.\n" + SIGNATURE,
                "training_session_cancelled");
    }

    static Mail sessionChanged(Account to, WorkshopSession session) {
        return new Mail(to.email(), "Atelier modifié : " + session.moduleTitle(),
                greeting(to) + "L'atelier « " + session.moduleTitle() + " » que vous avez réservé change. Voici ce qui vaut "
                        + "désormais :\n\n" + details(session)
                        + "\nSi vous ne pouvez plus venir, annulez depuis votre espace boutique.\n" + SIGNATURE,
                "training_session_changed");
    }

    static Mail reminder(Account to, WorkshopSession session) {
        return new Mail(to.email(), "Rappel : atelier « " + session.moduleTitle() + " » " + Paris.longDate(session.startsAt()),
                greeting(to) + "Petit rappel : vous participez bientôt à l'atelier « " + session.moduleTitle() + " ».\n\n"
                        + details(session) + "\nUn empêchement ? Annulez depuis votre espace boutique pour libérer la place.\n" + SIGNATURE,
                "training_workshop_reminder");
    }

    private static String greeting(Account to) {
        return "Bonjour " + to.displayName() + ",\n\n";
    }

    private static String details(WorkshopSession session) {
        StringBuilder text = new StringBuilder()
                .append("Quand : ").append(Paris.longDate(session.startsAt())).append(", de ").append(Paris.time(session.startsAt()))
                .append(" à ").append(Paris.time(session.endsAt())).append('\n');
        if (!session.place().isEmpty()) {
            text.append("Où : ").append(session.place());
            session.communeName().ifPresent(name -> text.append(", ").append(name));
            text.append('\n');
        }
        if (session.isOnline()) {
            text.append("En ligne : ").append(session.onlineUrl()).append('\n');
        }
        if (!session.trainerName().isEmpty()) {
            text.append("Animé par : ").append(session.trainerName()).append('\n');
        }
        return text.toString();
    }

    private static final String SIGNATURE = "\nL'équipe de la marketplace du territoire";
}
