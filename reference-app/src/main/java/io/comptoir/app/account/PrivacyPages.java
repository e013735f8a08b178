package io.comptoir.app.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Json;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.privacy.PersonalDataExport;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.UncheckedIOException;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * A shopper's rights over their data, without JavaScript: the page on personal data ({@code /donnees-personnelles}, beside the territory's privacy policy {@code /confidentialite}) saying what is
 * kept and for how long, the download of their data as a JSON file and the erasure of their account, both forms of
 * {@code /mon-compte} (posted with the CSRF token; the erasure asks for the password and a confirmation).
 */
final class PrivacyPages {
    static final String PRIVACY = "/donnees-personnelles";
    static final String DOWNLOAD = AccountPages.ACCOUNT + "/mes-donnees";
    static final String ERASE = AccountPages.ACCOUNT + "/suppression";
    static final String PASSWORD_FIELD = "erasePassword";
    static final String CONFIRM_FIELD = "eraseConfirm";

    private final PersonalDataRights privacy;
    private final Authentication authentication;
    private final PageFactory pages;
    private final ObjectWriter writer = Json.objectMapper().writerWithDefaultPrettyPrinter();

    PrivacyPages(PersonalDataRights privacy, Authentication authentication, PageFactory pages) {
        this.privacy = requireNonNull(privacy, "privacy is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    void register(RoutesConfig routes) {
        routes.get(PRIVACY, this::privacyPage, AccessRole.ANYONE);
        routes.post(DOWNLOAD, this::download, AccessRole.SIGNED_IN);
        routes.post(ERASE, this::erase, AccessRole.SIGNED_IN);
    }

    private void privacyPage(Context ctx) {
        Page page = pages.page(ctx);
        FormState state = FormState.empty();
        if (ctx.queryParam("compte-supprime") != null) {
            state.success(page.t("privacy.erased"));
        }
        PageFactory.render(ctx, "account/privacy.jte", new PrivacyView(page, state, privacy.retention().getYears()));
    }

    private void download(Context ctx) {
        Viewer viewer = Viewer.of(ctx);
        PersonalDataExport export = privacy.export(viewer.requireAccount().id(), viewer.actor());
        String body;
        try {
            body = writer.writeValueAsString(PersonalDataJson.of(export));
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Content-Disposition",
                "attachment; filename=\"mes-donnees-" + export.exportedAt().atZone(pages.zone()).toLocalDate() + ".json\"");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }

    private void erase(Context ctx) {
        Page page = pages.page(ctx);
        Account account = Viewer.of(ctx).requireAccount();
        FormState form = FormState.empty();
        if (!"true".equals(ctx.formParam(CONFIRM_FIELD))) {
            form.error(CONFIRM_FIELD, page.t("account.erase.confirmNeeded"));
        }
        else {
            try {
                privacy.eraseOwn(account.id(), AccountPages.field(ctx, PASSWORD_FIELD));
                // the engine ended every session of the account; this browser forgets its cookie
                authentication.signOut(ctx);
                ctx.redirect(PRIVACY + "?compte-supprime", HttpStatus.SEE_OTHER);
                return;
            }
            catch (InvalidInputException e) {
                form.error(PASSWORD_FIELD, page.t("account.password.wrongCurrent"));
            }
            catch (AuthenticationException e) {
                form.error(PASSWORD_FIELD, page.t("auth.signIn.throttled",
                        AccountPages.waitText(page, e.retryAfter().orElse(Duration.ofMinutes(1)))));
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        PageFactory.render(ctx, "account/account.jte", new AccountView(page, account, form));
    }
}
