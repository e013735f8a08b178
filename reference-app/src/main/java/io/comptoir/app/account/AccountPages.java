package io.comptoir.app.account;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.ReturnPath;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The shopper's account pages: sign in ({@code /connexion}), register ({@code /inscription}), sign out
 * ({@code POST /deconnexion}), forgotten password, password reset from the mailed link, and {@code /mon-compte}.
 * Forms post back to their own address; a refused form is shown again with what was typed (never a password) and
 * what is wrong, a successful one redirects (303).
 */
public final class AccountPages {
    static final String FORGOT = "/mot-de-passe-oublie";
    static final String ACCOUNT = "/mon-compte";
    /** Longest e-mail or password read from a form; the engine has its own, stricter limits. */
    private static final int MAX_FIELD = 1000;

    private final AccountDirectory accounts;
    private final Authentication authentication;
    private final SignIns signIns;
    private final ResetLinks resetLinks;
    private final PasswordResetRequests passwordResets;
    private final PageFactory pages;

    public AccountPages(AccountDirectory accounts, Authentication authentication, SignIns signIns, ResetLinks resetLinks,
                        PasswordResetRequests passwordResets, PageFactory pages) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.signIns = requireNonNull(signIns, "signIns is null");
        this.resetLinks = requireNonNull(resetLinks, "resetLinks is null");
        this.passwordResets = requireNonNull(passwordResets, "passwordResets is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/connexion", this::signInForm, AccessRole.ANYONE);
        routes.post("/connexion", this::signIn, AccessRole.ANYONE);
        routes.get("/inscription", this::registrationForm, AccessRole.ANYONE);
        routes.post("/inscription", this::registration, AccessRole.ANYONE);
        routes.post("/deconnexion", this::signOut, AccessRole.ANYONE);
        routes.get(FORGOT, this::forgotForm, AccessRole.ANYONE);
        routes.post(FORGOT, this::forgot, AccessRole.ANYONE);
        routes.get(ResetLinks.PAGE, this::resetForm, AccessRole.ANYONE);
        routes.post(ResetLinks.PAGE, this::reset, AccessRole.ANYONE);
        routes.get(ACCOUNT, this::account, AccessRole.SIGNED_IN);
        routes.post(ACCOUNT + "/mot-de-passe", this::changePassword, AccessRole.SIGNED_IN);
        routes.post(ACCOUNT + "/langue", this::changeMailLanguage, AccessRole.SIGNED_IN);
    }

    private static String returnPath(Context ctx) {
        String given = ctx.method() == HandlerType.POST ? ctx.formParam(ReturnPath.PARAMETER) : ctx.queryParam(ReturnPath.PARAMETER);
        return ReturnPath.orElse(given, "/");
    }

    static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null) {
            return "";
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    private void signInForm(Context ctx) {
        if (Viewer.of(ctx).signedIn()) {
            ctx.redirect(ReturnPath.orElse(ctx.queryParam(ReturnPath.PARAMETER), ACCOUNT), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, "account/signIn.jte", FormState.empty(), returnPath(ctx), "");
    }

    private void signIn(Context ctx) {
        Page page = pages.page(ctx);
        String email = field(ctx, "email").strip();
        String password = field(ctx, "password");
        FormState form = FormState.empty().value("email", email);
        try {
            Account account = signIns.authenticate(ctx, email, password);
            signIns.intoCookie(ctx, account);
            ctx.redirect(landing(ctx, account), HttpStatus.SEE_OTHER);
        }
        catch (AuthenticationException e) {
            if (e.retryAfter().isPresent()) {
                ctx.status(HttpStatus.TOO_MANY_REQUESTS);
                ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().get().toSeconds())));
                form.alert(page.t("auth.signIn.throttled", waitText(page, e.retryAfter().get())));
            }
            else {
                ctx.status(HttpStatus.UNAUTHORIZED);
                form.alert(page.t("auth.signIn.failed"));
            }
            render(ctx, "account/signIn.jte", form, returnPath(ctx), "");
        }
    }

    /**
     * Where a signed-in account goes: the page it asked for, else the back-office it works in (a shop's staff to its shop,
     * a point of sale to its till...), this account page, which lists them, when it works in several, else home.
     */
    private String landing(Context ctx, Account account) {
        String asked = returnPath(ctx);
        if (!asked.equals("/")) {
            return asked;
        }
        List<SiteLink> offices = pages.backOfficesFor(AccessRole.of(account.grants().stream().map(RoleGrant::role).collect(Collectors.toSet())));
        return offices.isEmpty() ? "/" : offices.size() == 1 ? offices.get(0).path() : ACCOUNT;
    }

    /** "2 minutes", "45 secondes": how long to wait, rounded up. */
    static String waitText(Page page, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 60) {
            return page.plural("auth.wait.seconds", seconds);
        }
        return page.plural("auth.wait.minutes", (seconds + 59) / 60);
    }

    private void registrationForm(Context ctx) {
        if (Viewer.of(ctx).signedIn()) {
            ctx.redirect(ACCOUNT, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, "account/register.jte", FormState.empty(), returnPath(ctx), "");
    }

    private void registration(Context ctx) {
        Page page = pages.page(ctx);
        String name = field(ctx, "displayName");
        String email = field(ctx, "email").strip();
        String password = field(ctx, "password");
        Language mailLanguage = mailLanguage(ctx);
        FormState form = FormState.empty().value("displayName", name).value("email", email).value("mailLanguage", mailLanguage.code());
        if (!password.equals(field(ctx, "passwordConfirm"))) {
            form.error("passwordConfirm", page.t("auth.error.passwordMismatch"));
        }
        if (!form.hasErrors()) {
            try {
                Account account = accounts.register(email, password, name, mailLanguage.bare());
                signIns.intoCookie(ctx, account);
                ctx.redirect(returnPath(ctx), HttpStatus.SEE_OTHER);
                return;
            }
            catch (InvalidInputException e) {
                String at = e.field().orElse("email");
                String key = "auth.error." + at;
                form.error(at, page.i18n().has(key) ? page.t(key) : page.t("auth.error.generic"));
            }
            catch (ConflictException e) {
                form.error("email", page.t("auth.error.emailTaken"));
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, "account/register.jte", form, returnPath(ctx), "");
    }

    private void signOut(Context ctx) {
        authentication.signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void forgotForm(Context ctx) {
        render(ctx, "account/forgotPassword.jte", FormState.empty(), "/", "");
    }

    /**
     * Says the same, and as fast, whether or not the address has an account, so the form cannot be used to find
     * accounts out: the mail is sent in the background.
     */
    private void forgot(Context ctx) {
        Page page = pages.page(ctx);
        String email = field(ctx, "email").strip();
        passwordResets.submit(email, resetLinks.prefix(ctx));
        render(ctx, "account/forgotPassword.jte", FormState.empty().value("email", email).success(page.t("auth.forgot.sent")), "/", "");
    }

    private void resetForm(Context ctx) {
        String token = ctx.queryParam(ResetLinks.TOKEN_PARAMETER);
        FormState form = FormState.empty();
        if (token == null || token.isBlank() || token.length() > 200) {
            form.alert(pages.page(ctx).t("auth.reset.invalidLink"));
            token = "";
        }
        // The token stays out of the Referer of anything the page links to.
        ctx.header("Referrer-Policy", "no-referrer");
        render(ctx, "account/resetPassword.jte", form, "/", token);
    }

    private void reset(Context ctx) {
        Page page = pages.page(ctx);
        String token = field(ctx, "token");
        String password = field(ctx, "password");
        FormState form = FormState.empty();
        if (!password.equals(field(ctx, "passwordConfirm"))) {
            form.error("passwordConfirm", page.t("auth.error.passwordMismatch"));
        }
        if (!form.hasErrors()) {
            try {
                Account account = accounts.resetPassword(token, password);
                signIns.intoCookie(ctx, account);
                ctx.redirect(ACCOUNT + "?mot-de-passe=reinitialise", HttpStatus.SEE_OTHER);
                return;
            }
            catch (InvalidInputException e) {
                if ("invalid_token".equals(e.code())) {
                    form.alert(page.t("auth.reset.invalidLink"));
                    token = "";
                }
                else {
                    form.error("password", page.t("auth.error.password"));
                }
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        ctx.header("Referrer-Policy", "no-referrer");
        render(ctx, "account/resetPassword.jte", form, "/", token);
    }

    private void account(Context ctx) {
        Page page = pages.page(ctx);
        FormState form = FormState.empty();
        String done = ctx.queryParam("mot-de-passe");
        if ("modifie".equals(done)) {
            form.success(page.t("account.password.changed"));
        }
        else if ("reinitialise".equals(done)) {
            form.success(page.t("account.password.reset"));
        }
        if ("modifiee".equals(ctx.queryParam("langue"))) {
            form.success(page.t("account.mailLanguage.changed"));
        }
        PageFactory.render(ctx, "account/account.jte", new AccountView(page, Viewer.of(ctx).requireAccount(), form));
    }

    /** The language chosen for mails in the form, French when none or an unknown one was sent. */
    private static Language mailLanguage(Context ctx) {
        return Language.fromCode(ctx.formParam("mailLanguage")).orElse(Language.FR);
    }

    private void changeMailLanguage(Context ctx) {
        Account account = Viewer.of(ctx).requireAccount();
        accounts.setLanguage(account.id(), mailLanguage(ctx).bare());
        ctx.redirect(ACCOUNT + "?langue=modifiee", HttpStatus.SEE_OTHER);
    }

    private void changePassword(Context ctx) {
        Page page = pages.page(ctx);
        Account account = Viewer.of(ctx).requireAccount();
        String current = field(ctx, "currentPassword");
        String password = field(ctx, "newPassword");
        FormState form = FormState.empty();
        if (!password.equals(field(ctx, "newPasswordConfirm"))) {
            form.error("newPasswordConfirm", page.t("auth.error.passwordMismatch"));
        }
        if (!form.hasErrors()) {
            try {
                accounts.changePassword(account.id(), current, password);
                // Changing the password ends every session, this one too: this browser signs in again at once.
                signIns.intoCookie(ctx, accounts.account(account.id()).orElseThrow());
                ctx.redirect(ACCOUNT + "?mot-de-passe=modifie", HttpStatus.SEE_OTHER);
                return;
            }
            catch (InvalidInputException e) {
                if ("wrong_password".equals(e.code())) {
                    form.error("currentPassword", page.t("account.password.wrongCurrent"));
                }
                else {
                    form.error("newPassword", page.t("auth.error.password"));
                }
            }
            catch (AuthenticationException e) {
                form.alert(page.t("auth.signIn.throttled", waitText(page, e.retryAfter().orElse(Duration.ofMinutes(1)))));
            }
            catch (ConflictException e) {
                form.alert(page.t("account.password.changedMeanwhile"));
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        PageFactory.render(ctx, "account/account.jte", new AccountView(page, account, form));
    }

    private void render(Context ctx, String template, FormState form, String returnPath, String token) {
        // Forms with passwords are never cached.
        ctx.header("Cache-Control", "no-store");
        PageFactory.render(ctx, template, new AuthView(pages.page(ctx), form, returnPath, token));
    }
}
