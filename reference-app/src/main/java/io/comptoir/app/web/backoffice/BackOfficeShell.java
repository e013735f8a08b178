package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * What the feature owning a back-office says around its pages: what they are about (the shop's name) and where to
 * choose another one or go back. The navigation itself is assembled from every feature's {@link NavEntry entries}.
 */
public interface BackOfficeShell {

    BackOffice backOffice();

    /** What the pages are about, e.g. the shop's name; may be empty. */
    String subject(Context ctx, Page page, long scope);

    /** Where to choose another shop, or go back to another back-office, when the account may. */
    Optional<NavLink> switchLink(Context ctx, Page page, long scope);
}
