package io.comptoir.app.training;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits the headings of rendered Markdown under the page's own: a module's "# Title" must not be a second {@code h1}.
 * The HTML comes from the plugin's safe renderer, which escapes raw HTML, so every heading tag in it is the renderer's.
 */
final class HeadingLevels {
    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])(>|\\s)");

    private HeadingLevels() {
    }

    /** Each heading {@code levels} deeper, {@code h6} at most. */
    static String demote(String html, int levels) {
        Matcher matcher = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (matcher.find()) {
            int level = Math.min(6, Integer.parseInt(matcher.group(2)) + levels);
            matcher.appendReplacement(out, "<" + matcher.group(1) + "h" + level + Matcher.quoteReplacement(matcher.group(3)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
