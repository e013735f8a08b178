package io.comptoir.plugin.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

final class SafeMarkdownTest {

    @Test
    void rendersTheMarkdownAdminsWrite() {
        String html = SafeMarkdown.toHtml("""
                ## Votre page

                Une **bonne photo** vaut mieux qu'un long discours :

                - lumière du jour
                - fond *neutre*

                Voir [le guide](https://example.org/guide) ou [la FAQ](/aide/faq).
                """);
        assertThat(html).contains("<h2>Votre page</h2>", "<strong>bonne photo</strong>", "<li>lumière du jour</li>", "<em>neutre</em>",
                "<a rel=\"nofollow noopener noreferrer\" href=\"https://example.org/guide\">le guide</a>",
                "<a rel=\"nofollow noopener noreferrer\" href=\"/aide/faq\">la FAQ</a>");
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        String html = SafeMarkdown.toHtml("""
                <script>alert('x')</script>

                Texte <img src=x onerror="alert(1)"> et <iframe src="https://evil.example"></iframe>.

                <div onclick="steal()">clic</div>
                """);
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<div");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", "&lt;div onclick=");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;vascript:alert(1)",
            "java%0ascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "file:///etc/passwd",
    })
    void linksWithADangerousSchemeLoseTheirAddress(String address) {
        String html = SafeMarkdown.toHtml("[cliquez](" + address + ") et ![image](" + address + ")");
        assertThat(html).contains("href=\"\">cliquez</a>", "<img src=\"\"");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("javascript:", "vbscript:", "data:", "file:");
    }

    @Test
    void disguisedSchemesInsideTheAddressAreCaughtWithBlanksAndControlCharacters() {
        assertThat(SafeMarkdown.SchemeAllowList.allowed("java\tscript:alert(1)", java.util.Set.of("https"))).isFalse();
        assertThat(SafeMarkdown.SchemeAllowList.allowed(" javascript:alert(1)", java.util.Set.of("https"))).isFalse();
        assertThat(SafeMarkdown.SchemeAllowList.allowed("java\u0000script:x", java.util.Set.of("https"))).isFalse();
        assertThat(SafeMarkdown.SchemeAllowList.allowed("/guide?x=javascript:1", java.util.Set.of("https"))).isTrue();
        assertThat(SafeMarkdown.SchemeAllowList.allowed("mailto:formation@territoire.example", java.util.Set.of("https", "mailto"))).isTrue();
    }

    @Test
    void autolinksAndReferenceLinksAreSanitisedToo() {
        String html = SafeMarkdown.toHtml("<javascript:alert(1)>\n\n[ref][x]\n\n[x]: javascript:alert(2)\n");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("href=\"javascript");
    }

    @Test
    void imagesKeepOnlyWebAddresses() {
        assertThat(SafeMarkdown.toHtml("![Vitrine](https://example.org/vitrine.jpg)"))
                .contains("<img src=\"https://example.org/vitrine.jpg\" alt=\"Vitrine\" loading=\"lazy\" />");
        assertThat(SafeMarkdown.toHtml("![Vitrine](mailto:x@example.org)")).contains("src=\"\"");
    }
}
