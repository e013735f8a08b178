package io.comptoir.training;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.plugin.kit.HtmlMail;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests check of a mail's language: its subject, its body, its HTML alternative, and no word of the other language. */
public final class MailChecks {
    private MailChecks() {
    }

    /** The latest mail of that kind to that address. */
    public static Mail last(TestMarketplace market, String email, String kind) {
        return market.mailsTo(email).stream().map(SentMail::mail).filter(mail -> mail.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mail to " + email));
    }

    /**
     * @param foreign words of the other language, none of which may appear in the subject or the body
     * @param body    what the body starts with, then what it contains
     */
    public static void writtenIn(Mail mail, Locale language, List<String> foreign, String subject, String... body) {
        assertThat(mail.subject()).as(mail.kind()).startsWith(subject);
        assertThat(mail.body()).as(mail.kind()).startsWith(body[0]).contains(body);
        assertThat(mail.subject() + "\n" + mail.body()).as(mail.kind()).doesNotContain(foreign);
        // the HTML alternative is the rendering of this very text, declared in the same language
        assertThat(mail.html()).as(mail.kind()).contains(HtmlMail.render(mail.subject(), mail.body(), language));
    }
}
