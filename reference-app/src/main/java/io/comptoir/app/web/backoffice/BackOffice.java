package io.comptoir.app.web.backoffice;

import static java.util.Objects.requireNonNull;

/**
 * A back-office of the marketplace: the shops' and the territory's, which every marketplace has, or one a feature adds
 * (a point of sale's, a trainer's). Features contribute {@link NavEntry entries} to any of them; the feature that owns
 * one gives its {@link BackOfficeShell}.
 *
 * @param name stable, e.g. {@code merchant}
 * @param areaKey the message key of its name, shown in its header (e.g. "Espace commerçant")
 * @param root the address its pages live under
 */
public record BackOffice(String name, String areaKey, String root) {
    /** A shop's staff run their shop ({@code /espace-commercant/{merchantId}/...}); the scope is the shop's id. */
    public static final BackOffice MERCHANT = new BackOffice("merchant", "bo.shop.area", "/espace-commercant");
    /** The territory's team runs the marketplace ({@code /admin}). */
    public static final BackOffice ADMIN = new BackOffice("admin", "bo.admin.area", "/admin");

    public BackOffice {
        requireNonNull(name, "name is null");
        requireNonNull(areaKey, "areaKey is null");
        requireNonNull(root, "root is null");
    }

    /** The address of the pages of one scope (a shop: {@code /espace-commercant/12}). */
    public String at(long scope) {
        return root + "/" + scope;
    }
}
