package io.comptoir.app.territory;

import io.comptoir.app.web.Language;
import io.comptoir.app.web.SiteLook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The territory's look and words ({@code branding.json}): its logo, its colours (the style sheet's custom
 * properties), its hero picture, the texts of its pages in each language, and the links of its footer.
 *
 * @param colours custom property name without its dashes (e.g. {@code brand-700}) to a colour {@code #rrggbb}
 * @param texts per language, the site's texts the territory sets (a message key to its text)
 * @param footerLinks the territory's other sites, its social accounts...
 */
public record Branding(Picture logo, Optional<Picture> hero, Map<String, String> colours, Map<Language, Map<String, String>> texts,
                       List<SiteLook.Link> footerLinks) {

    /** The colours every territory gives, which the style sheet is built on. */
    public static final List<String> COLOURS = List.of("brand-900", "brand-700", "brand-600", "brand-100", "accent-500", "accent-700",
            "second-700", "second-100");

    public Branding {
        requireNonNull(logo, "logo is null");
        requireNonNull(hero, "hero is null");
        colours = Map.copyOf(requireNonNull(colours, "colours is null"));
        texts = Map.copyOf(requireNonNull(texts, "texts is null"));
        footerLinks = List.copyOf(requireNonNull(footerLinks, "footerLinks is null"));
    }

    /** A picture of the folder, served as is. */
    public record Picture(String file, String mediaType, byte[] bytes) {
        public Picture {
            requireNonNull(file, "file is null");
            requireNonNull(mediaType, "mediaType is null");
            bytes = requireNonNull(bytes, "bytes is null").clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** A short fingerprint of the content, so that its address changes with it and browsers may cache it. */
        public String fingerprint() {
            return fingerprintOf(bytes);
        }

        static String fingerprintOf(byte[] bytes) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
                return java.util.HexFormat.of().formatHex(digest, 0, 5);
            }
            catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The file's extension, e.g. {@code svg}. */
        public String extension() {
            return file.substring(file.lastIndexOf('.') + 1);
        }
    }
}
