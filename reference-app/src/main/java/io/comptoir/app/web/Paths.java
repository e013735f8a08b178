package io.comptoir.app.web;

import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.nio.charset.StandardCharsets;

/** The addresses of the shopper site's pages and files, in one place so that pages and API agree. */
public final class Paths {

    private Paths() {
    }

    public static String product(ProductId id, String slug) {
        return "/produits/" + id.value() + "-" + slug;
    }

    public static String shop(MerchantId id, String slug) {
        return "/boutiques/" + id.value() + "-" + slug;
    }

    public static String category(String slug) {
        return "/categories/" + encodeSegment(slug);
    }

    public static String commune(String insee) {
        return "/communes/" + encodeSegment(insee);
    }

    /** An asset of the {@link io.comptoir.engine.api.asset.AssetStore}; its key may hold slashes. */
    public static String asset(String key) {
        StringBuilder path = new StringBuilder("/assets/");
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                path.append('/');
            }
            path.append(encodeSegment(segments[i]));
        }
        return path.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    public static String encodeSegment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            }
            else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Encodes a query parameter name or value ({@code application/x-www-form-urlencoded}). */
    public static String encodeQuery(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
