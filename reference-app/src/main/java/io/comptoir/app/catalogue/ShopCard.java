package io.comptoir.app.catalogue;

import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.merchant.Merchant;

import java.util.Optional;

/** A shop in a list: directory, home page, commune page. */
public record ShopCard(String url, String name, String trade, String communeName, Optional<Picture> photo, int tone, String initial) {

    public static ShopCard of(Merchant merchant, String communeName, CategoryTones tones, PictureSources pictures) {
        return new ShopCard(Paths.shop(merchant.id(), merchant.slug()), merchant.name(), merchant.trade(), communeName,
                merchant.photo().map(pictures::of), tones.ofFirst(merchant.categories()), initialOf(merchant.name()));
    }

    private static String initialOf(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? "?" : stripped.substring(0, stripped.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.FRANCE);
    }
}
