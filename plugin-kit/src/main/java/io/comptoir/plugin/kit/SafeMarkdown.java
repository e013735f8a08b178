package io.comptoir.plugin.kit;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.util.Locale;
import java.util.Set;

/**
 * Renders the Markdown admins write (module content, the charter) into HTML that is safe to put in a page:
 * <ul>
 *   <li>raw HTML, block or inline, is escaped and shows as text: no script, no style, no event handler;</li>
 *   <li>links keep only {@code http}, {@code https}, {@code mailto} or relative addresses, images only {@code http},
 *       {@code https} or relative ones: {@code javascript:}, {@code data:}, {@code vbscript:} and any other scheme
 *       become an empty address, however they are disguised (entities, case, blanks, control characters);</li>
 *   <li>links get {@code rel="nofollow noopener noreferrer"}.</li>
 * </ul>
 * The result is a fragment (paragraphs, headings, lists, emphasis, code, quotes, links, images).
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().maxOpenBlockParsers(64).maxInlineNesting(32).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeAllowList())
            .attributeProviderFactory(context -> SafeMarkdown::linkAttributes)
            .build();

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return RENDERER.render(document);
    }

    private static void linkAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
        if (node instanceof Link) {
            attributes.put("rel", "nofollow noopener noreferrer");
        }
        if (node instanceof Image) {
            attributes.put("loading", "lazy");
        }
    }

    /** Keeps an address only when its scheme is allowed, or when it has none (a relative address). */
    static final class SchemeAllowList implements UrlSanitizer {
        private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
        private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, LINK_SCHEMES) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, IMAGE_SCHEMES) ? url : "";
        }

        static boolean allowed(String url, Set<String> schemes) {
            if (url == null) {
                return false;
            }
            // Browsers ignore blanks and control characters inside a scheme ("java\tscript:"): so does this check.
            StringBuilder compact = new StringBuilder();
            url.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c))
                    .forEach(compact::appendCodePoint);
            String value = compact.toString();
            int colon = value.indexOf(':');
            if (colon < 0) {
                return true;
            }
            int boundary = firstOf(value, "/?#");
            if (boundary >= 0 && boundary < colon) {
                return true;
            }
            return schemes.contains(value.substring(0, colon).toLowerCase(Locale.ROOT));
        }

        private static int firstOf(String value, String characters) {
            int first = -1;
            for (char c : characters.toCharArray()) {
                int at = value.indexOf(c);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }
}
