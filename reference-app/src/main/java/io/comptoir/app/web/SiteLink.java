package io.comptoir.app.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A link of the shopper site's header menu or footer, contributed by a feature: the catalogue's pages, the account, the
 * cart, a plugin's public pages (the voucher balance check, the application to join).
 *
 * @param order the place among the links of the same {@link Place}, lowest first
 * @param sections the paths under which the link is the current page ({@code aria-current}); its own path by default
 * @param cartCountKey for the cart's link: the plural key of its accessible label, which carries the number of items
 * @param holders for a back-office's link: the route role an account needs to see it
 */
public record SiteLink(Place place, int order, String labelKey, String path, Audience audience, List<String> sections,
                       Optional<String> cartCountKey, Optional<AccessRole> holders) {

    /**
     * Where the link shows: the header menu, the footer, or among the back-offices the account works in (in the header and
     * on the account page, where a signed-in account lands when it works in several).
     */
    public enum Place {
        MENU, FOOTER, BACK_OFFICE
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
        requireNonNull(holders, "holders is null");
        if (place == Place.BACK_OFFICE && holders.isEmpty()) {
            throw new IllegalArgumentException("a back-office's link names the role that opens it: " + path);
        }
    }

    public static SiteLink menu(int order, String labelKey, String path) {
        return new SiteLink(Place.MENU, order, labelKey, path, Audience.EVERYONE, List.of(path), Optional.empty(), Optional.empty());
    }

    public static SiteLink footer(int order, String labelKey, String path) {
        return new SiteLink(Place.FOOTER, order, labelKey, path, Audience.EVERYONE, List.of(path), Optional.empty(), Optional.empty());
    }

    /**
     * The link to a back-office, for the accounts holding {@code holders} (the admins' {@code /admin}).
     *
     * @param labelKey the back-office's name, as its header says it
     */
    public static SiteLink backOffice(int order, String labelKey, String root, AccessRole holders) {
        requireNonNull(holders, "holders is null");
        return new SiteLink(Place.BACK_OFFICE, order, labelKey, root, Audience.SIGNED_IN, List.of(root), Optional.empty(), Optional.of(holders));
    }

    public SiteLink shownTo(Audience who) {
        return new SiteLink(place, order, labelKey, path, who, sections, cartCountKey, holders);
    }

    /** Current on these paths (and below them). */
    public SiteLink currentUnder(String... paths) {
        return new SiteLink(place, order, labelKey, path, audience, List.of(paths), cartCountKey, holders);
    }

    /** The cart's link: it shows the number of items of the visitor's cart, and says it with this plural key. */
    public SiteLink countingTheCart(String pluralKey) {
        return new SiteLink(place, order, labelKey, path, audience, sections, Optional.of(pluralKey), holders);
    }

    /** The links of that place a visitor with these route roles sees, in the given order. */
    public static List<SiteLink> of(List<SiteLink> links, Place place, Set<AccessRole> granted) {
        return links.stream().filter(link -> link.place() == place && link.shownTo(granted)).toList();
    }

    /** Whether a visitor with these route roles sees the link. */
    boolean shownTo(Set<AccessRole> granted) {
        boolean signedIn = granted.contains(AccessRole.SIGNED_IN);
        boolean audienceSees = switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> signedIn;
            case SIGNED_OUT -> !signedIn;
        };
        return audienceSees && holders.map(granted::contains).orElse(true);
    }
}
