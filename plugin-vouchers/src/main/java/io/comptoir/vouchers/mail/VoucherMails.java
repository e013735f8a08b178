package io.comptoir.vouchers.mail;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.ParisCalendar;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.voucher.VoucherDao;
import io.comptoir.vouchers.voucher.VoucherEvents;
import io.comptoir.vouchers.voucher.VoucherRow;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Mails holders from the plugin's outbox events: their vouchers bought online (with the codes: the mail is how they get
 * them), a credit voucher after a refund, a reissued voucher, and the reminders 30 and 7 days before a deadline (codes
 * masked). Delivery is at least once: a crash may send a mail twice, never lose one.
 */
public final class VoucherMails implements DomainEventListener {
    public static final String SUBSCRIPTION = "vouchers.mails";
    private static final Set<String> TYPES = Set.of(VoucherEvents.DELIVERED, VoucherEvents.CREDIT_ISSUED, VoucherEvents.REISSUED,
            VoucherEvents.EXPIRY_REMINDER);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final Database db;
    private final ProgrammeService programmes;
    private final Mailer mailer;
    private final String walletUrl;

    public VoucherMails(Database db, ProgrammeService programmes, Mailer mailer, String walletUrl) {
        this.db = requireNonNull(db, "db is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
        this.walletUrl = requireNonNull(walletUrl, "walletUrl is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void onEvent(DomainEvent event) {
        String email = event.get("email").orElse("");
        if (email.isEmpty()) {
            return;
        }
        switch (event.type()) {
            case VoucherEvents.DELIVERED -> delivered(email, Long.parseLong(event.aggregateId()));
            case VoucherEvents.CREDIT_ISSUED -> single(email, Long.parseLong(event.aggregateId()), "Un avoir sur bon d'achat",
                    "Un remboursement n'a pas pu revenir sur votre bon d'achat (expiré ou bloqué) : il vous est rendu sur ce nouveau bon.",
                    "voucher_credit");
            case VoucherEvents.REISSUED -> single(email, Long.parseLong(event.aggregateId()), "Votre bon d'achat a été remplacé",
                    "Votre ancien bon a été bloqué ; son solde a été reporté sur ce nouveau bon. L'ancien code ne fonctionne plus.",
                    "voucher_reissued");
            case VoucherEvents.EXPIRY_REMINDER -> reminder(email, Integer.parseInt(event.get("days").orElse("0")),
                    Arrays.stream(event.get("vouchers").orElse("").split(",")).filter(s -> !s.isEmpty()).map(Long::parseLong).toList());
            default -> {
            }
        }
    }

    private void delivered(String email, long merchantOrder) {
        List<VoucherRow> vouchers = db.withHandle(handle -> {
            List<VoucherRow> rows = new ArrayList<>();
            handle.createQuery("SELECT id FROM voucher_sale WHERE merchant_order_id = :order AND status = 'COMPLETED' ORDER BY id")
                    .bind("order", merchantOrder).mapTo(Long.class).list()
                    .forEach(sale -> rows.addAll(handle.attach(VoucherDao.class).ofSale(sale)));
            return rows;
        });
        if (vouchers.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder("Bonjour,\n\nMerci pour votre achat. Voici vos bons d'achat :\n\n");
        vouchers.forEach(voucher -> body.append(line(voucher, true)).append('\n'));
        body.append("\nPrésentez le code (ou son QR code) en boutique, ou saisissez-le au moment de payer sur le site.\n")
                .append("Vos bons et leurs PDF à imprimer sont dans votre espace : ").append(walletUrl).append("\n\n")
                .append("Gardez ce message : un bon d'achat vaut de l'argent.\n");
        mailer.send(new Mail(email, "Vos bons d'achat " + programmeName(vouchers.get(0)), body.toString(), "voucher_delivered"));
    }

    private void single(String email, long voucherId, String subject, String intro, String kind) {
        Optional<VoucherRow> voucher = db.with(VoucherDao.class, dao -> dao.find(voucherId));
        voucher.ifPresent(row -> mailer.send(new Mail(email, subject, "Bonjour,\n\n" + intro + "\n\n" + line(row, true)
                + "\n\nVos bons sont dans votre espace : " + walletUrl + "\n", kind)));
    }

    private void reminder(String email, int days, List<Long> voucherIds) {
        List<VoucherRow> vouchers = db.withHandle(handle -> voucherIds.stream()
                .flatMap(id -> handle.attach(VoucherDao.class).find(id).stream()).filter(row -> row.balance() > 0).toList());
        if (vouchers.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder("Bonjour,\n\nIl reste de l'argent sur vos bons d'achat, et ils expirent bientôt :\n\n");
        vouchers.forEach(voucher -> body.append(line(voucher, false)).append('\n'));
        body.append("\nPassez-les dans un commerce participant avant la date : après, le solde est perdu.\n")
                .append("Vos bons : ").append(walletUrl).append('\n');
        mailer.send(new Mail(email, "Vos bons d'achat expirent dans " + days + " jours", body.toString(), "voucher_expiry_reminder"));
    }

    private String line(VoucherRow voucher, boolean fullCode) {
        VoucherCode code = VoucherCode.of(voucher.code());
        io.comptoir.engine.api.money.Money balance = new io.comptoir.engine.api.money.Money(voucher.balance(),
                Currency.getInstance(voucher.currency()));
        String until = voucher.expiresAt() == null ? "" : ", valable jusqu'au " + DAY.format(ParisCalendar.lastDayBefore(voucher.expiresAt()))
                + " inclus";
        return "• " + programmeName(voucher) + " — " + balance.format(Locale.FRANCE) + " — code " + (fullCode ? code.grouped() : code.masked())
                + until;
    }

    private String programmeName(VoucherRow voucher) {
        return programmes.cached(voucher.programmeId()).name();
    }
}
