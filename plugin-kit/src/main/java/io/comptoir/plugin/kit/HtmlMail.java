package io.comptoir.plugin.kit;

import io.comptoir.engine.api.mail.Mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A mail's HTML alternative, rendered from its plain text so that both always say the same thing: the text stays the
 * message (what the outbox shows, what a text-only client displays) and the HTML only lays it out. The text's shape
 * is read as it would be by a person:
 * <ul>
 *   <li>lines separated by a blank line are paragraphs; a line break inside a paragraph is kept;</li>
 *   <li>consecutive lines starting with {@code "- "} or {@code "• "} are a bulleted list;</li>
 *   <li>an {@code http} or {@code https} address is a link to itself (nothing else is: no other scheme can get in).</li>
 * </ul>
 * Everything else is text, escaped: a name or a reason typed by someone cannot add markup. The document is what mail
 * clients show reliably: a table layout at most 600 pixels wide, inline styles only (many clients drop {@code <style>}),
 * web-safe fonts, no image and nothing fetched from elsewhere, UTF-8 declared in the document as well as in the MIME part.
 */
public final class HtmlMail {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    /** Punctuation that ends a sentence rather than the address before it ("… : https://x.example/a." ). */
    private static final String TRAILING = ".,;:!?)]}»";
    private static final String TEXT_STYLE = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2a44;";
    private static final String LINK_STYLE = "color:#0b6e4f;text-decoration:underline;word-break:break-all;";

    private HtmlMail() {
    }

    /** A message whose body is {@code text}, with its HTML rendering as the alternative. */
    public static Mail of(String to, String subject, String text, String kind, Locale language) {
        return new Mail(to, subject, text, kind, Optional.of(render(subject, text, language)));
    }

    /** The HTML document that shows {@code text}, titled {@code subject}, declared in {@code language}. */
    public static String render(String subject, String text, Locale language) {
        requireNonNull(subject, "subject is null");
        requireNonNull(text, "text is null");
        requireNonNull(language, "language is null");
        StringBuilder html = new StringBuilder(text.length() * 2 + 1200);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language.getLanguage().isEmpty() ? "fr" : language.getLanguage()))
                .append("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background-color:#f4f4f1;\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#f4f4f1;\">\n")
                .append("<tr><td align=\"center\" style=\"padding:24px 12px;\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"max-width:600px;background-color:#ffffff;border:1px solid #e2e2dc;\">\n")
                .append("<tr><td style=\"padding:28px 32px;").append(TEXT_STYLE).append("\">\n");
        for (List<String> paragraph : paragraphs(text)) {
            appendParagraph(html, paragraph);
        }
        html.append("</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The runs of non-blank lines. */
    private static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            }
            else {
                current.add(line.stripTrailing());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** A paragraph's lines: runs of bulleted lines as lists, the others as paragraphs with their line breaks. */
    private static void appendParagraph(StringBuilder html, List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            boolean list = bullet(lines.get(i)).isPresent();
            int end = i;
            while (end < lines.size() && bullet(lines.get(end)).isPresent() == list) {
                end++;
            }
            List<String> run = lines.subList(i, end);
            if (list) {
                html.append("<ul style=\"margin:0 0 16px 0;padding:0 0 0 22px;\">\n");
                for (String line : run) {
                    html.append("<li style=\"margin:0 0 4px 0;\">");
                    appendInline(html, bullet(line).orElseThrow());
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }
            else {
                html.append("<p style=\"margin:0 0 16px 0;\">");
                for (int j = 0; j < run.size(); j++) {
                    if (j > 0) {
                        html.append("<br>\n");
                    }
                    appendInline(html, run.get(j));
                }
                html.append("</p>\n");
            }
            i = end;
        }
    }

    /** The item of a bulleted line, without its bullet. */
    private static Optional<String> bullet(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("- ") || stripped.startsWith("• ")) {
            return Optional.of(stripped.substring(2).strip());
        }
        return Optional.empty();
    }

    /** Escaped text whose web addresses are links. */
    private static void appendInline(StringBuilder html, String line) {
        Matcher matcher = URL.matcher(line);
        int from = 0;
        while (matcher.find()) {
            String url = matcher.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (url.indexOf("://") + 3 >= url.length()) {
                continue;
            }
            html.append(escape(line.substring(from, matcher.start())));
            html.append("<a href=\"").append(escape(url)).append("\" style=\"").append(LINK_STYLE).append("\">").append(escape(url)).append("</a>");
            from = matcher.start() + url.length();
        }
        html.append(escape(line.substring(from)));
    }

    /** Text safe in HTML content and in a double- or single-quoted attribute (control characters, which HTML cannot show, left out). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
