package io.comptoir.app.account;

import io.comptoir.app.web.openapi.OpenApiSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.TOO_LARGE;
import static io.comptoir.app.web.openapi.Operations.TOO_MANY_ATTEMPTS;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.accepted;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.noContent;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.open;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.withBody;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/** Accounts: registration, sign-in and sign-out, who am I, password reset. */
public final class AccountsApiSection implements OpenApiSection {

    @Override
    public Map<String, String> tags() {
        return Map.of("Accounts", "Registration, sign-in (bearer tokens), sign-out, password reset, and the holder's changes to "
                + "their own account");
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        paths.put("/api/v1/auth/register", map("post", withBody(operation("register", "Accounts", "Opens a shopper account and signs in",
                "Answers a session: send its token as `Authorization: Bearer <token>`. A guest cart the caller carried in the "
                        + "comptoir_cart cookie joins the account's. Passwords have at least 10 characters.",
                List.of(), created("Session"), BAD_REQUEST, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "Registration")));
        paths.put("/api/v1/auth/login", map("post", open(withBody(operation("login", "Accounts", "Signs in",
                "Answers a session token for `Authorization: Bearer`, and the CSRF token the session's cookie use needs. Failed "
                        + "attempts are throttled per e-mail and per client: after too many, 429 with Retry-After. The answer never "
                        + "says whether the e-mail has an account.",
                List.of(), ok("Session"), BAD_REQUEST, UNAUTHORIZED, TOO_MANY_ATTEMPTS, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "Credentials"))));
        paths.put("/api/v1/auth/logout", map("post", operation("logout", "Accounts", "Signs out",
                "Ends the session the call is made with (bearer token or cookie); the token stops working at once.",
                List.of(), noContent(), UNAUTHORIZED, FORBIDDEN)));
        paths.put("/api/v1/auth/me", map("get", operation("me", "Accounts", "Who is calling",
                "The signed-in account and the CSRF token its cookie session sends in X-CSRF-Token.",
                List.of(), ok("Me"), UNAUTHORIZED),
                "patch", withBody(operation("renameMe", "Accounts", "Changes the caller's name",
                        "400 `invalid_displayName` naming the field: 1 to 100 characters, no control characters.",
                        List.of(), ok("Account"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "NameChange")));
        paths.put("/api/v1/auth/me/email", map("put", withBody(operation("changeMyEmail", "Accounts", "Changes the caller's e-mail",
                "With the current password (400 `wrong_password` on `currentPassword`; repeated failures are throttled as sign-ins, "
                        + "429). 409 `email_taken` when another account uses it. The former address is told by mail; sessions stay open.",
                List.of(), ok("Account"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT, TOO_MANY_ATTEMPTS, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "EmailChange")));
        paths.put("/api/v1/auth/me/password", map("put", withBody(operation("changeMyPassword", "Accounts", "Changes the caller's password",
                "With the current password (400 `wrong_password` on `currentPassword`). Every session of the account ends, the "
                        + "caller's included: the answer is a new session for the caller.",
                List.of(), ok("Session"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_ATTEMPTS, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "PasswordChange")));
        paths.put("/api/v1/auth/me/close", map("post", withBody(operation("closeMyAccount", "Accounts", "Closes the caller's account",
                "With the current password (400 `wrong_password` on `currentPassword`). The account can no longer sign in and every "
                        + "session ends; its orders and vouchers stay in the marketplace's books, and a territory admin may reopen it. "
                        + "Closing is not erasing: the personal data stays; `POST /api/v1/auth/me/erasure` erases it.",
                List.of(), noContent(), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_ATTEMPTS, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "AccountClosure")));
        paths.put("/api/v1/auth/password-reset", map("post", withBody(operation("requestPasswordReset", "Accounts",
                "Mails a password reset link",
                "Always 202 at once, whether or not the e-mail has an account: the request is queued and the mail, if any, "
                        + "follows within moments. The link, valid one hour and once, leads to the site's "
                        + "/reinitialiser-mot-de-passe page; its `jeton` parameter is the token of the confirm call.",
                List.of(), accepted(), BAD_REQUEST, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "PasswordResetRequest")));
        paths.put("/api/v1/auth/password-reset/confirm", map("post", withBody(operation("confirmPasswordReset", "Accounts",
                "Sets a new password with a reset token, and signs in",
                "Every other session of the account ends. An unknown, used or expired token is 400 `invalid_token`.",
                List.of(), ok("Session"), BAD_REQUEST, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "PasswordResetConfirmation")));
        schemas.putAll(schemas());
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Account", object("A signed-in person",
                "id", int64("Account id"), "email", string("E-mail address, lower case"), "displayName", string("Name shown"),
                "roles", array(map("type", "string", "pattern", "^[A-Z_]+(:[0-9]+)?$"),
                        "Roles, e.g. SHOPPER, MERCHANT_STAFF:12 (staff of shop 12), TERRITORY_ADMIN"),
                "language", map("type", "string", "enum", List.of("fr", "en"), "description", "The language of the mail and PDFs sent to them"),
                "createdAt", map("type", "string", "format", "date-time")));
        schemas.put("Session", object("A session just opened",
                "token", string("Send as `Authorization: Bearer <token>`; keep it secret"),
                "csrfToken", string("Sent in X-CSRF-Token by state-changing calls that use the session cookie instead"),
                "expiresAt", map("type", "string", "format", "date-time", "description", "Extended by every use"),
                "account", ref("Account")));
        schemas.put("Me", object("The caller", "account", ref("Account"),
                "csrfToken", string("Sent in X-CSRF-Token by state-changing calls that use the session cookie")));
        Map<String, Object> registration = object("A new shopper account",
                "email", string("E-mail address"), "password", map("type", "string", "minLength", 10, "maxLength", 200),
                "displayName", map("type", "string", "minLength", 1, "maxLength", 100),
                "language", map("type", "string", "nullable", true, "enum", java.util.Arrays.asList("fr", "en", null), "default", "fr",
                        "description", "The language of the mail and PDFs sent to them; French when left out or null, as on the "
                                + "registration page"));
        registration.put("required", List.of("email", "password", "displayName"));
        schemas.put("Registration", registration);
        schemas.put("Credentials", object("E-mail and password", "email", string("E-mail address"), "password", string("Password")));
        schemas.put("NameChange", object("A new name", "displayName", map("type", "string", "minLength", 1, "maxLength", 100)));
        schemas.put("EmailChange", object("A new e-mail, with the current password",
                "email", string("The new e-mail address"), "currentPassword", string("The account's password now")));
        schemas.put("PasswordChange", object("A new password, with the current one",
                "currentPassword", string("The account's password now"),
                "newPassword", map("type", "string", "minLength", 10, "maxLength", 200)));
        schemas.put("AccountClosure", object("The password, to confirm closing the account",
                "currentPassword", string("The account's password now")));
        schemas.put("PasswordResetRequest", object("Who forgot their password", "email", string("E-mail address")));
        schemas.put("PasswordResetConfirmation", object("A new password",
                "token", string("The `jeton` of the mailed link"), "password", map("type", "string", "minLength", 10, "maxLength", 200)));
        return schemas;
    }
}
