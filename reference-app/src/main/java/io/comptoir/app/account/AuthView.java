package io.comptoir.app.account;

import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.ReturnPath;

import static java.util.Objects.requireNonNull;

/**
 * A sign-in, registration or password page.
 *
 * @param returnPath where to go once signed in (a safe local path)
 * @param token the password reset token of the link, or an empty text
 */
public record AuthView(Page page, FormState form, String returnPath, String token) {
    public AuthView {
        requireNonNull(page, "page is null");
        requireNonNull(form, "form is null");
        requireNonNull(returnPath, "returnPath is null");
        requireNonNull(token, "token is null");
    }

    /** The return path as a query string for links between the sign-in and registration pages. */
    public String returnQuery() {
        return returnPath.equals("/") ? "" : "?" + ReturnPath.PARAMETER + "=" + Paths.encodeQuery(returnPath);
    }
}
