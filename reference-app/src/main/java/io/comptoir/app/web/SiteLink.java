package io.comptoir.app.web;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A link of the shopper site's header menu or footer, contributed by a feature: the catalogue's pages, the account, the
 * cart, a plugin's public pages (the voucher balance check, the application to join).
 *
 * @param order the place among the links of the same {@link Place}, lowest first
 * @param sections the paths under which the link is the current page ({@code aria-current}); its own path by default
 * @param cartCountKey for the cart's link: the plural key of its accessible label, which carries the number of items
 */
public record SiteLink(Place place, int order, String labelKey, String path, Audience audience, List<String> sections,
                       Optional<String> cartCountKey) {

    /** Where the link shows. */
    public enum Place {
        MENU, FOOTER
    }

    /** Who sees the link. */
    public enum Audience {
        EVERYONE, SIGNED_IN, SIGNED_OUT
    }

    public SiteLink {
        requireNonNull(place, "place is null");
        requireNonNull(labelKey, "labelKey is null");
        requireNonNull(path, "path is null");
        requireNonNull(audience, "audience is null");
        sections = List.copyOf(requireNonNull(sections, "sections is null"));
        requireNonNull(cartCountKey, "cartCountKey is null");
    }

    public static SiteLink menu(int order, String labelKey, String path) {
        return new SiteLink(Place.MENU, order, labelKey, path, Audience.EVERYONE, List.of(path), Optional.empty());
    }

    public static SiteLink footer(int order, String labelKey, String path) {
        return new SiteLink(Place.FOOTER, order, labelKey, path, Audience.EVERYONE, List.of(path), Optional.empty());
    }

    public SiteLink shownTo(Audience who) {
        return new SiteLink(place, order, labelKey, path, who, sections, cartCountKey);
    }

    /** Current on these paths (and below them). */
    public SiteLink currentUnder(String... paths) {
        return new SiteLink(place, order, labelKey, path, audience, List.of(paths), cartCountKey);
    }

    /** The cart's link: it shows the number of items of the visitor's cart, and says it with this plural key. */
    public SiteLink countingTheCart(String pluralKey) {
        return new SiteLink(place, order, labelKey, path, audience, sections, Optional.of(pluralKey));
    }

    boolean shownTo(boolean signedIn) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> signedIn;
            case SIGNED_OUT -> !signedIn;
        };
    }
}
