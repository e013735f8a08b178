package io.comptoir.engine.api.account;

import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What an account may do. One account may hold several roles; the scoped ones are bound to one thing (a shop, a point
 * of sale) through {@link RoleGrant#scope()}. The engine knows its {@link #builtIn() built-in roles}; a plugin adds its
 * own with {@code PluginContext.registerRole} (the vouchers plugin's point-of-sale operator, with the check that a point
 * of sale exists; the training plugin's trainer). The database stores a grant by the role's {@link #name()}.
 *
 * @param name upper case letters, digits and underscores, e.g. {@code MERCHANT_STAFF}; unique among the engine's roles
 * @param scoped whether a grant of this role names the one thing it applies to
 */
public record Role(String name, boolean scoped) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Buys on the marketplace: cart, checkout, own orders, wallet. Every registered account has it. */
    public static final Role SHOPPER = new Role("SHOPPER", false);
    /** Works for one shop (scope: the merchant id): its orders, products, stock, profile. */
    public static final Role MERCHANT_STAFF = new Role("MERCHANT_STAFF", true);
    /** Runs the marketplace for the territory: shops, accounts, programmes, reports. */
    public static final Role TERRITORY_ADMIN = new Role("TERRITORY_ADMIN", false);

    public Role {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a role's name is upper case letters, digits and underscores: " + name);
        }
    }

    /** The engine's own roles. */
    public static List<Role> builtIn() {
        return List.of(SHOPPER, MERCHANT_STAFF, TERRITORY_ADMIN);
    }

    @Override
    public String toString() {
        return name;
    }
}
