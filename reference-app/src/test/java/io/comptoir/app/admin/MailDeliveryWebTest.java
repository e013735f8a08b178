package io.comptoir.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.ReceivedMail;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.mail.smtp.SmtpSecurity;
import io.comptoir.mail.smtp.SmtpSettings;
import io.comptoir.mail.smtp.SmtpTransport;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail over SMTP as the territory sees it: mail reaches a real SMTP server (GreenMail, in this JVM); while the server
 * is down, a message is retried then marked failed, and the admin finds it on the outbox page, the API and the health
 * details, and sends it again once the server is back.
 */
final class MailDeliveryWebTest {

    @EachDatabase
    void failedMailIsShownToTheAdminWhoSendsItAgain(TestDatabase database) throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        int port = server.getSmtp().getPort();
        SmtpTransport smtp = new SmtpTransport(new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, Optional.empty(), Optional.empty(),
                "Marché du Pays <ne-pas-repondre@marche.example.fr>", Duration.ofSeconds(2)));
        try (BackOfficeMarket market = BackOfficeMarket.startWithMail(database, smtp, Map.of("mail.max-attempts", "2",
                "mail.retry-delay", "PT0.2S", "mail.poll-interval", "PT0.05S"))) {
            Session admin = market.session(market.admin("Équipe territoire"));
            Account shopper = market.shopper("Élodie Caron");

            market.engine.accounts().requestPasswordReset(shopper.email(), "https://marche.example.fr/mot-de-passe/");
            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage reset = server.getReceivedMessages()[0];
            assertThat(reset.getAllRecipients()[0].toString()).isEqualTo(shopper.email());
            ReceivedMail resetMail = ReceivedMail.of(reset);
            assertThat(resetMail.text()).contains("https://marche.example.fr/mot-de-passe/", "Élodie Caron");
            String link = resetMail.text().lines().filter(line -> line.startsWith("https://")).findFirst().orElseThrow();
            assertThat(resetMail.html()).as("the same link in the HTML alternative").contains("href=\"" + link + "\"", "Élodie Caron");
            assertThat(resetMail.subject()).isEqualTo("Réinitialisation de votre mot de passe");
            long sent = market.engine.mailOutbox().latest(1).get(0).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> market.engine.mailOutbox().message(sent).orElseThrow().status() == MailStatus.SENT);

            server.stop();
            market.engine.accounts().requestPasswordReset(shopper.email(), "https://marche.example.fr/mot-de-passe/");
            long failed = market.engine.mailOutbox().latest(1).get(0).id();
            await().atMost(Duration.ofSeconds(20)).until(() -> market.engine.mailOutbox().message(failed).orElseThrow().status() == MailStatus.FAILED);

            Document page = parse(market.get("/admin/courriels?statut=echec", admin));
            Element item = page.selectFirst("#courriel-" + failed);
            assertThat(item).isNotNull();
            assertThat(item.select(".bo-badge").text()).isEqualTo("Échec");
            assertThat(item.select(".mail__meta").text()).contains(shopper.email(), "2 tentatives");
            assertThat(item.select(".mail__error").text()).contains("127.0.0.1:" + port);
            assertThat(page.select(".bo-status-line").text()).contains("SMTP 127.0.0.1:" + port);
            assertThat(page.select(".filter-tabs__link[aria-current=page]").text()).isEqualTo("En échec (1)");

            JsonNode health = BackOfficeMarket.json(market.get("/health?details=true"));
            assertThat(health.get("mail").get("mode").asText()).isEqualTo("smtp");
            assertThat(health.get("mail").get("failed").asLong()).isEqualTo(1);

            JsonNode listed = BackOfficeMarket.json(market.apiGet("/api/v1/admin/mail?status=FAILED", admin));
            assertThat(listed.get("transport").asText()).startsWith("SMTP 127.0.0.1:" + port);
            assertThat(listed.get("counts").get("FAILED").asLong()).isEqualTo(1);
            assertThat(listed.get("items")).singleElement().satisfies(mail -> {
                assertThat(mail.get("id").asLong()).isEqualTo(failed);
                assertThat(mail.get("attempts").asInt()).isEqualTo(2);
                assertThat(mail.has("body")).isFalse();
            });
            assertThat(market.apiGet("/api/v1/admin/mail?status=LOST", admin).statusCode()).isEqualTo(400);
            assertThat(market.apiGet("/api/v1/admin/mail", market.session(shopper)).statusCode()).isEqualTo(403);

            GreenMail back = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            back.start();
            try {
                HttpResponse<String> retried = market.postForm(item.selectFirst("form.mail__retry").attr("action"), admin, Map.of());
                assertThat(retried.statusCode()).isEqualTo(303);
                assertThat(retried.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("ok=mail-retried"));
                assertThat(back.waitForIncomingEmail(10_000, 1)).isTrue();
                await().atMost(Duration.ofSeconds(10)).until(() -> market.engine.mailOutbox().message(failed).orElseThrow().status() == MailStatus.SENT);

                HttpResponse<String> again = market.api("POST", "/api/v1/admin/mail/" + failed + "/retry", admin, "");
                assertThat(again.statusCode()).isEqualTo(409);
                assertThat(BackOfficeMarket.json(again).get("error").asText()).isEqualTo("mail_not_failed");
                assertThat(market.api("POST", "/api/v1/admin/mail/999999/retry", admin, "").statusCode()).isEqualTo(404);
                assertThat(market.postForm(AdminPaths.MAIL + "/" + failed + "/renvoyer", admin, Map.of()).statusCode()).isEqualTo(409);
            }
            finally {
                back.stop();
            }
        }
        finally {
            server.stop();
        }
    }
}
