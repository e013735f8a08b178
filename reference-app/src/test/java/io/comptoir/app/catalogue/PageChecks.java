package io.comptoir.app.catalogue;

import io.comptoir.app.testing.SiteScripts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Structural accessibility checks every shopper page must pass. */
public final class PageChecks {

    private PageChecks() {
    }

    public static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    /**
     * A language, one h1, landmarks, a skip link to the main content, headings without skipped levels, an
     * alternative text on every picture, a label on every field, unique ids, and no script but the site's own.
     */
    public static void assertAccessible(Document page, String lang) {
        String at = page.location() + " " + page.title();
        assertThat(page.selectFirst("html").attr("lang")).as(at).isEqualTo(lang);
        assertThat(page.title()).as(at).isNotBlank();
        assertThat(page.select("h1")).as("one h1 on " + at).hasSize(1);
        assertThat(page.select("header.site-header")).as(at).hasSize(1);
        assertThat(page.select("main#contenu")).as(at).hasSize(1);
        assertThat(page.select("footer")).as(at).isNotEmpty();
        assertThat(page.select("nav[aria-label]")).as(at).isNotEmpty();
        assertThat(page.select("a.skip-link[href=#contenu]")).as(at).hasSize(1);
        assertThat(page.select(SiteScripts.NOT_OURS)).as("no script on " + at).isEmpty();

        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as("heading '%s' after level %d on %s", heading.text(), previous, at).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        for (Element image : page.select("img")) {
            assertThat(image.hasAttr("alt")).as("alt on " + image.outerHtml()).isTrue();
        }
        for (Element field : page.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
            String id = field.id();
            boolean labelled = !id.isEmpty() && !page.select("label[for=" + id + "]").isEmpty() || field.hasAttr("aria-label");
            assertThat(labelled).as("label for " + field.outerHtml()).isTrue();
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(ids.add(element.id())).as("unique id " + element.id() + " on " + at).isTrue();
        }
        assertConformingFields(page);
    }

    /** Text types, the only inputs HTML lets carry {@code maxlength} and {@code minlength}. */
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "url", "tel", "email", "password");

    /**
     * What the Nu HTML checker refuses on form fields: a length limit on an input that is not text (a number has
     * {@code min}/{@code max}), and the multi-line {@code street-address} on a one-line input (it is for a textarea).
     */
    public static void assertConformingFields(Document page) {
        for (Element input : page.select("input")) {
            String type = input.attr("type").isEmpty() ? "text" : input.attr("type").toLowerCase(Locale.ROOT);
            if (input.hasAttr("maxlength") || input.hasAttr("minlength")) {
                assertThat(TEXT_TYPES).as("a length limit on " + input.outerHtml()).contains(type);
            }
            String[] tokens = input.attr("autocomplete").trim().split("\\s+");
            assertThat(tokens[tokens.length - 1]).as("a one-line autocomplete token on " + input.outerHtml()).isNotEqualTo("street-address");
        }
    }
}
