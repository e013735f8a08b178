package io.comptoir.app.testing;

/** The site's pages work without script and carry one only: the search box enhancement, from the site itself. */
public final class SiteScripts {
    /** The script elements of a page that are not the site's own search box script (jsoup selector): none may exist. */
    public static final String NOT_OURS = "script:not([src^=/static/suggest.js?v=])";

    private SiteScripts() {
    }
}
