package io.comptoir.vouchers.mail;

import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.plugin.kit.MarketCalendar;
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
 * masked), in the language of the holder's account (French without one). Delivery is at least once: a crash may send a
 * mail twice, never lose one.
 */
public final class VoucherMails implements DomainEventListener {
    public static final String SUBSCRIPTION = "vouchers.mails";
    private static final Set<String> TYPES = Set.of(VoucherEvents.DELIVERED, VoucherEvents.CREDIT_ISSUED, VoucherEvents.REISSUED,
            VoucherEvents.EXPIRY_REMINDER);
    private static final MailTexts TEXTS = new MailTexts("io.comptoir.vouchers.mail.mails", VoucherMails.class);

    private final Database db;
    private final MarketCalendar calendar;
    private final ProgrammeService programmes;
    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final String walletUrl;

    public VoucherMails(Database db, MarketCalendar calendar, ProgrammeService programmes, AccountDirectory accounts, Mailer mailer,
            String walletUrl) {
        this.db = requireNonNull(db, "db is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
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
        Locale language = MailTexts.languageOf(accounts, email);
        switch (event.type()) {
            case VoucherEvents.DELIVERED -> delivered(email, language, Long.parseLong(event.aggregateId()));
            case VoucherEvents.CREDIT_ISSUED -> single(email, language, Long.parseLong(event.aggregateId()), "credit", "voucher_credit");
            case VoucherEvents.REISSUED -> single(email, language, Long.parseLong(event.aggregateId()), "reissued", "voucher_reissued");
            case VoucherEvents.EXPIRY_REMINDER -> reminder(email, language, Integer.parseInt(event.get("days").orElse("0")),
                    Arrays.stream(event.get("vouchers").orElse("").split(",")).filter(s -> !s.isEmpty()).map(Long::parseLong).toList());
            default -> {
            }
        }
    }

    private void delivered(String email, Locale language, long merchantOrder) {
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
        StringBuilder body = new StringBuilder(TEXTS.format(language, "hello")).append("\n\n").append(TEXTS.format(language, "delivered.intro"))
                .append("\n\n");
        vouchers.forEach(voucher -> body.append(line(voucher, true, language)).append('\n'));
        body.append('\n').append(TEXTS.format(language, "delivered.use")).append('\n')
                .append(TEXTS.format(language, "delivered.wallet", walletUrl)).append("\n\n")
                .append(TEXTS.format(language, "delivered.keep")).append('\n');
        mailer.send(HtmlMail.of(email, TEXTS.format(language, "delivered.subject", programmeName(vouchers.get(0))), body.toString(),
                "voucher_delivered", language));
    }

    /** A mail about one voucher: {@code texts} names its subject and introduction ({@code credit}, {@code reissued}). */
    private void single(String email, Locale language, long voucherId, String texts, String kind) {
        Optional<VoucherRow> voucher = db.with(VoucherDao.class, dao -> dao.find(voucherId));
        voucher.ifPresent(row -> mailer.send(HtmlMail.of(email, TEXTS.format(language, texts + ".subject"), TEXTS.format(language, "hello")
                + "\n\n" + TEXTS.format(language, texts + ".intro") + "\n\n" + line(row, true, language) + "\n\n"
                + TEXTS.format(language, "single.wallet", walletUrl) + "\n", kind, language)));
    }

    private void reminder(String email, Locale language, int days, List<Long> voucherIds) {
        List<VoucherRow> vouchers = db.withHandle(handle -> voucherIds.stream()
                .flatMap(id -> handle.attach(VoucherDao.class).find(id).stream()).filter(row -> row.balance() > 0).toList());
        if (vouchers.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder(TEXTS.format(language, "hello")).append("\n\n").append(TEXTS.format(language, "reminder.intro"))
                .append("\n\n");
        vouchers.forEach(voucher -> body.append(line(voucher, false, language)).append('\n'));
        body.append('\n').append(TEXTS.format(language, "reminder.use")).append('\n')
                .append(TEXTS.format(language, "reminder.wallet", walletUrl)).append('\n');
        mailer.send(HtmlMail.of(email, TEXTS.format(language, "reminder.subject", days), body.toString(), "voucher_expiry_reminder", language));
    }

    private String line(VoucherRow voucher, boolean fullCode, Locale language) {
        VoucherCode code = VoucherCode.of(voucher.code());
        io.comptoir.engine.api.money.Money balance = new io.comptoir.engine.api.money.Money(voucher.balance(),
                Currency.getInstance(voucher.currency()));
        Locale formatting = MailTexts.formatting(language);
        String until = voucher.expiresAt() == null ? "" : TEXTS.format(language, "line.until", DateTimeFormatter
                .ofPattern(TEXTS.format(language, "date"), formatting).format(calendar.lastDayBefore(voucher.expiresAt())));
        return TEXTS.format(language, "line", programmeName(voucher), balance.format(formatting), fullCode ? code.grouped() : code.masked())
                + until;
    }

    private String programmeName(VoucherRow voucher) {
        return programmes.cached(voucher.programmeId()).name();
    }
}
