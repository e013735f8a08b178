package io.comptoir.app.web.backoffice;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Where a back-office form leads once its change is made (post, redirect, get): to the page that shows it, saying what
 * was done ({@code ?ok=saved}, read back by {@link Problems#flash}).
 */
public final class AfterChange {
    private static final Pattern BACK = Pattern.compile("(/[a-z-]+)*(/[0-9]+)?(\\?[A-Za-z0-9=&%._+~-]{0,300})?");

    private AfterChange() {
    }

    /** To {@code path} (which may carry a query and an anchor), saying {@code flash}. */
    public static void redirect(Context ctx, String path, String flash) {
        String separator = path.contains("?") ? "&" : "?";
        int anchor = path.indexOf('#');
        String target = anchor < 0 ? path + separator + "ok=" + flash
                : path.substring(0, anchor) + separator + "ok=" + flash + path.substring(anchor);
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /**
     * Back where the form said it came from ({@code back}), when that is a page of the back-office at {@code root}, else
     * to {@code fallback}; an earlier {@code ok} of the address is replaced.
     */
    public static void redirectBack(Context ctx, String back, BackOffice backOffice, String fallback, String flash) {
        boolean safe = back != null && back.startsWith(backOffice.root())
                && BACK.matcher(back.substring(backOffice.root().length())).matches();
        String target = safe ? back : fallback;
        String[] parts = target.split("\\?", 2);
        StringJoiner query = new StringJoiner("&");
        if (parts.length == 2) {
            for (String parameter : parts[1].split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("ok=")) {
                    query.add(parameter);
                }
            }
        }
        query.add("ok=" + flash);
        ctx.redirect(parts[0] + "?" + query, HttpStatus.SEE_OTHER);
    }
}
