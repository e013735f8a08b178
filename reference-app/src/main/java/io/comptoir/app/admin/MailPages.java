package io.comptoir.app.admin;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.SentMail;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/courriels}: the mail the marketplace sent, newest first, with where each message stands (sent, waiting
 * for a retry, failed, or only kept when no SMTP server is configured), filtered by status; a failed message is sent
 * again from there.
 */
final class MailPages {
    /** The statuses in the address ({@code ?statut=echec}), French as the back-office's addresses. */
    enum Filter {
        TOUS(Optional.empty()), ECHEC(Optional.of(MailStatus.FAILED)), ATTENTE(Optional.of(MailStatus.PENDING)),
        ENVOYE(Optional.of(MailStatus.SENT)), CONSERVE(Optional.of(MailStatus.KEPT));

        final Optional<MailStatus> status;

        Filter(Optional<MailStatus> status) {
            this.status = status;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Filter of(String code) {
            return Arrays.stream(values()).filter(filter -> filter.code().equals(code)).findFirst().orElse(TOUS);
        }
    }

    private final AdminBackOffice office;
    private final MailOutbox outbox;

    MailPages(AdminBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.outbox = office.marketplace().mailOutbox();
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.MAIL, this::list, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.MAIL + "/{mailId}/renvoyer", this::retry, AdminBackOffice.ADMIN);
    }

    private void list(Context ctx) {
        render(ctx, Optional.empty(), 200);
    }

    private void render(Context ctx, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.MAIL);
        if (notice.isPresent()) {
            frame = frame.withNotice(notice);
        }
        Page page = frame.page();
        Filter filter = Filter.of(page.param("statut"));
        List<SentMail> shown = filter.status.map(chosen -> outbox.latest(chosen, MailView.SHOWN)).orElseGet(() -> outbox.latest(MailView.SHOWN));
        Map<MailStatus, Long> counts = outbox.counts();
        List<MailView.Tab> tabs = Arrays.stream(Filter.values()).map(each -> new MailView.Tab(
                page.t("bo.admin.mail.filter." + each.code()), each.status.map(counts::get).orElse(counts.values().stream().mapToLong(Long::longValue).sum()),
                AdminPaths.MAIL + (each == Filter.TOUS ? "" : "?statut=" + each.code()), each == filter)).toList();
        List<MailView.Message> messages = shown.stream().map(sent -> message(page, sent)).toList();
        ctx.status(status);
        PageFactory.render(ctx, "admin/mail.jte", new MailView(frame, outbox.transport(), tabs, messages));
    }

    private static MailView.Message message(Page page, SentMail sent) {
        return new MailView.Message(sent.id(), Formats.dateTime(page, sent.sentAt()), Formats.iso(page, sent.sentAt()), sent.mail().to(),
                MailView.mask(sent.mail().subject()), sent.mail().kind(), MailView.mask(sent.mail().body()), MailView.badge(page, sent.status()),
                sent.attempts(), sent.lastError().orElse(""), sent.status() == MailStatus.FAILED
                        ? Optional.of(AdminPaths.MAIL + "/" + sent.id() + "/renvoyer") : Optional.empty());
    }

    private void retry(Context ctx) {
        long id = PathParams.positiveId(ctx, "mailId");
        FormParams form = new FormParams(ctx);
        Page page = office.page(ctx);
        Optional<SentMail> mail = outbox.message(id);
        if (mail.isEmpty()) {
            render(ctx, Optional.of(Notice.problem(page.t("bo.admin.mail.unknown"))), 404);
        }
        else if (!outbox.retry(id)) {
            render(ctx, Optional.of(Notice.problem(page.t(outbox.transport().isEmpty() ? "bo.admin.mail.retry.no-smtp"
                    : "bo.admin.mail.retry.not-failed"))), 409);
        }
        else {
            AdminBackOffice.redirectDone(ctx, form.raw("retour"), AdminPaths.MAIL, "mail-retried");
        }
    }
}
