package io.comptoir.app.vouchers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.comptoir.app.testing.ReceivedMail;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.mail.smtp.SmtpSecurity;
import io.comptoir.mail.smtp.SmtpSettings;
import io.comptoir.mail.smtp.SmtpTransport;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Voucher;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A voucher mail as it reaches a real SMTP server (GreenMail, in this JVM): a text part and an HTML part, both UTF-8,
 * with the same new code and the same wallet link, in the holder's language, the subject encoded.
 */
final class VoucherMailOverSmtpTest {
    private static final String WALLET = "https://marche.example.fr/mes-bons";

    @EachDatabase
    void aReissuedVoucherArrivesAsTextAndHtmlWithTheSameCodeAndLinkInTheHoldersLanguage(TestDatabase database) throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        SmtpTransport smtp = new SmtpTransport(new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), SmtpSecurity.NONE, Optional.empty(),
                Optional.empty(), "Marché du Pays <ne-pas-repondre@marche.example.fr>", Duration.ofSeconds(2)));
        try (VoucherMarket market = VoucherMarket.startWithMail(database, smtp, Map.of("mail.poll-interval", "PT0.05S",
                "vouchers.wallet-url", WALLET))) {
            Account admin = market.admin("Équipe territoire");
            market.engine.accounts().register("oliver@example.org", VoucherMarket.PASSWORD, "Oliver Smith", Locale.ENGLISH);
            Voucher lost = market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, market.gift.id(),
                    market.giftDenomination(2000), 1, Optional.of("oliver@example.org"), Optional.empty(), UUID.randomUUID().toString()))
                    .sale().vouchers().get(0);
            market.vouchers().block(lost.id(), "lost on the bus", admin);
            Voucher replacement = market.vouchers().reissue(lost.id(), admin);

            assertThat(server.waitForIncomingEmail(20_000, 1)).isTrue();
            MimeMessage arrived = server.getReceivedMessages()[0];
            assertThat(arrived.getAllRecipients()[0].toString()).isEqualTo("oliver@example.org");
            ReceivedMail mail = ReceivedMail.of(arrived);
            assertThat(mail.subject()).isEqualTo("Your voucher has been replaced");
            String code = replacement.code().grouped();
            assertThat(mail.text()).startsWith("Hello,").contains("Your former voucher was blocked", "code " + code, "€20.00", WALLET)
                    .doesNotContain(lost.code().grouped());
            assertThat(mail.html()).contains("<html lang=\"en\">", "Your former voucher was blocked", "code " + code, "€20.00",
                    "<a href=\"" + WALLET + "\"").doesNotContain(lost.code().grouped(), "<script", "<img");
        }
        finally {
            server.stop();
        }
    }
}
