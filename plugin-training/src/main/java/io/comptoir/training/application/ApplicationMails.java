package io.comptoir.training.application;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.training.api.ApplicationForm;

/** The messages to applicants, in French as the marketplace speaks to its shops. */
final class ApplicationMails {
    private static final String SIGNATURE = "\nL'équipe de la marketplace du territoire";

    private ApplicationMails() {
    }

    static Mail received(ApplicationForm form) {
        return new Mail(form.contactEmail(), "Nous avons bien reçu votre demande d'adhésion",
                "Bonjour " + form.contactName() + ",\n\n"
                        + "Merci de vouloir rejoindre la marketplace du territoire avec « " + form.shopName() + " ». "
                        + "Votre demande est entre les mains de l'équipe du territoire, qui vous répond par e-mail, en général sous "
                        + "quelques jours.\n\nSi elle est acceptée, vous suivrez une courte formation gratuite (en ligne et en "
                        + "atelier près de chez vous) avant de mettre votre boutique en ligne.\n" + SIGNATURE,
                "training_application_received");
    }

    static Mail approved(ApplicationForm form, boolean newAccount) {
        String account = newAccount
                ? "Nous avons ouvert votre compte avec l'adresse " + form.contactEmail() + ". Vous allez recevoir un second "
                        + "message avec un lien pour choisir votre mot de passe ; il est valable une heure. Passé ce délai, "
                        + "utilisez « Mot de passe oublié » avec la même adresse.\n"
                : "Connectez-vous avec votre compte habituel (" + form.contactEmail() + ") : il donne maintenant accès à "
                        + "l'espace de votre boutique.\n";
        return new Mail(form.contactEmail(), "Bienvenue : « " + form.shopName() + " » rejoint la marketplace",
                "Bonjour " + form.contactName() + ",\n\n"
                        + "Bonne nouvelle : votre demande d'adhésion est acceptée. Votre boutique est créée ; elle n'est pas encore "
                        + "visible des clients.\n\n" + account + "\n"
                        + "Dans votre espace boutique, la liste « Avant la mise en ligne » vous guide pas à pas : suivre les modules "
                        + "de formation, accepter la charte du territoire, compléter votre page (description, horaires, photo), "
                        + "publier vos premiers produits et indiquer vos coordonnées bancaires. Des ateliers gratuits ont lieu près "
                        + "de chez vous : réservez votre place depuis le même espace.\n" + SIGNATURE,
                "training_application_approved");
    }

    static Mail rejected(ApplicationForm form, String reason) {
        return new Mail(form.contactEmail(), "Votre demande d'adhésion à la marketplace",
                "Bonjour " + form.contactName() + ",\n\n"
                        + "Nous avons étudié votre demande pour « " + form.shopName() + " » et ne pouvons pas l'accepter pour le "
                        + "moment.\n\nMotif : " + reason + "\n\nVous pouvez déposer une nouvelle demande quand la situation aura "
                        + "changé, ou répondre à ce message pour en parler avec nous.\n" + SIGNATURE,
                "training_application_rejected");
    }
}
