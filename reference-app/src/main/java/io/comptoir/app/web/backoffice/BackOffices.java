package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The back-offices of the running features: each one's shell and its navigation, assembled from every feature's entries.
 * A page asks for its frame by the id of its entry.
 */
public final class BackOffices {
    private final PageFactory pages;
    private final Map<String, NavEntry> entries;
    private final Map<BackOffice, BackOfficeShell> shells;

    public BackOffices(PageFactory pages, List<BackOfficeShell> shells, List<NavEntry> entries) {
        this.pages = requireNonNull(pages, "pages is null");
        this.shells = requireNonNull(shells, "shells is null").stream().collect(Collectors.toUnmodifiableMap(BackOfficeShell::backOffice,
                Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two features give the shell of " + a.backOffice().name());
                }));
        this.entries = requireNonNull(entries, "entries is null").stream().collect(Collectors.toUnmodifiableMap(NavEntry::id,
                Function.identity(), (a, b) -> {
                    throw new IllegalStateException("two navigation entries are called " + a.id());
                }));
        for (NavEntry entry : entries) {
            if (!this.shells.containsKey(entry.backOffice())) {
                throw new IllegalStateException("entry " + entry.id() + " of back-office " + entry.backOffice().name() + ", which no feature runs");
            }
        }
    }

    /** The frame of a page of the back-office the entry {@code current} belongs to, that entry lit. */
    public BackOfficeFrame frame(Context ctx, String current, long scope) {
        NavEntry entry = entries.get(current);
        if (entry == null) {
            throw new IllegalArgumentException("no navigation entry " + current);
        }
        return frame(ctx, entry.backOffice(), Optional.of(current), scope);
    }

    /** The frame of a page of a back-office that no entry stands for (a chooser, a detail page), nothing lit. */
    public BackOfficeFrame frame(Context ctx, BackOffice backOffice, Optional<String> current, long scope) {
        BackOfficeShell shell = shells.get(backOffice);
        if (shell == null) {
            throw new IllegalArgumentException("no back-office " + backOffice.name() + " runs");
        }
        Page page = pages.page(ctx);
        List<NavLink> nav = new ArrayList<>();
        entries.values().stream().filter(entry -> entry.backOffice().equals(backOffice))
                .sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::id))
                .forEach(entry -> {
                    long count = entry.count().map(counter -> counter.applyAsLong(scope)).orElse(0L);
                    nav.add(new NavLink(page.t(entry.labelKey()), entry.path().apply(scope), current.equals(Optional.of(entry.id())),
                            count > 0 ? Optional.of(page.number(count)) : Optional.empty()));
                });
        return new BackOfficeFrame(page, page.t(backOffice.areaKey()), shell.subject(ctx, page, scope), nav, shell.switchLink(ctx, page, scope),
                Problems.flash(page));
    }

    /**
     * The figures the back-office's dashboard shows for the entries that name what they count (the applications another
     * feature asks the territory to review), in navigation order, zeros included.
     */
    public List<Tally> tallies(Page page, BackOffice backOffice, long scope) {
        return entries.values().stream().filter(entry -> entry.backOffice().equals(backOffice) && entry.tallyKey().isPresent())
                .sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::id))
                .map(entry -> {
                    long count = entry.count().orElseThrow().applyAsLong(scope);
                    return new Tally(count, page.plural(entry.tallyKey().orElseThrow(), count), entry.path().apply(scope));
                })
                .toList();
    }

    /** A figure of a dashboard: how many, what (in the page's language, agreeing with the number), and where to see them. */
    public record Tally(long count, String label, String path) {
    }

    /** Whether a feature contributes that entry (a plugin's page that does not run has none). */
    public boolean offers(String entry) {
        return entries.containsKey(entry);
    }
}
