package io.comptoir.vouchers.mail;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.HtmlMail;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Receipt;
import io.comptoir.vouchers.api.RefundRequest;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.ledger.LedgerProbe;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of voucher mail, and the documents a point of sale and the territory print, to an English reader in English
 * and to a French one in French: vouchers bought online, a credit voucher after a refund, a reissued voucher, the expiry
 * reminder, the invitation of a point of sale's operator; the sale's printout and the pre-printed stock sheets in the
 * language of the account that prints them.
 */
final class VoucherMailLanguageTest {
    private static final String OLIVER = "oliver.smith@example.org";
    private static final String CLAIRE = "claire@example.org";

    @EachDatabase
    void vouchersBoughtOnlineAreMailedInTheBuyersLanguage(TestDatabase db) {
        try (Market market = new Market(db)) {
            Variant twelveForTen = market.onlineShop().publish(market.booster.id(), market.giftCategory.id(), Market.ADMIN_ACTOR).variants().get(0);
            Account camille = market.account("Camille Durand");
            Account oliver = market.engine.accounts().register(OLIVER, Market.PASSWORD, "Oliver Smith", Locale.ENGLISH);
            buyOnline(market, twelveForTen, 1, camille, oliver);

            String camilleCode = market.vouchers().walletOf(camille.id()).get(0).code().grouped();
            String oliverCode = market.vouchers().walletOf(oliver.id()).get(0).code().grouped();
            french(last(market, camille.email(), "voucher_delivered"), "Vos bons d'achat Happy Kdo Booster", "Bonjour,",
                    "Merci pour votre achat", "code " + camilleCode, "valable jusqu'au 28/02/2027 inclus", "Gardez ce message");
            english(last(market, OLIVER, "voucher_delivered"), "Your Happy Kdo Booster vouchers", "Hello,",
                    "Thank you for your purchase", "code " + oliverCode, "valid until 28 February 2027 included", "Keep this message");
        }
    }

    @EachDatabase
    void anOnlineOrderTheBudgetCannotCoverIsCancelledWithAReasonInTheShoppersLanguage(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(300), Map.of())) {
            Variant twelveForTen = market.onlineShop().publish(market.booster.id(), market.giftCategory.id(), Market.ADMIN_ACTOR).variants().get(0);
            Account camille = market.account("Camille Durand");
            Account oliver = market.engine.accounts().register(OLIVER, Market.PASSWORD, "Oliver Smith", Locale.ENGLISH);
            buyOnline(market, twelveForTen, 2, camille, oliver);

            Mail french = last(market, camille.email(), "order_cancelled");
            assertThat(french.body()).startsWith("Bonjour Camille Durand,")
                    .contains("Motif : Bons d'achat indisponibles : le budget du programme est épuisé").doesNotContain("budget of");
            Mail english = last(market, OLIVER, "order_cancelled");
            assertThat(english.body()).startsWith("Hello Oliver Smith,")
                    .contains("Reason: Vouchers unavailable: the programme's budget is used up").doesNotContain("indisponibles", "Motif");
        }
    }

    @EachDatabase
    void aCreditVoucherAndAReissuedVoucherAreMailedInTheHoldersLanguage(TestDatabase db) {
        try (Market market = new Market(db)) {
            market.engine.accounts().register(OLIVER, Market.PASSWORD, "Oliver Smith", Locale.ENGLISH);
            Voucher claires = market.sellGift(2000, Optional.of(CLAIRE)).vouchers().get(0);
            Voucher olivers = market.sellGift(2000, Optional.of(OLIVER)).vouchers().get(0);
            Receipt claireSpent = market.redeem(market.shoesStaff, market.shoes, claires, 1500);
            Receipt oliverSpent = market.redeem(market.shoesStaff, market.shoes, olivers, 1500);
            Voucher claireLost = market.sellGift(5000, Optional.of(CLAIRE)).vouchers().get(0);
            Voucher oliverLost = market.sellGift(5000, Optional.of(OLIVER)).vouchers().get(0);
            for (Voucher lost : List.of(claireLost, oliverLost)) {
                market.vouchers().block(lost.id(), "perdu", market.admin);
                market.vouchers().reissue(lost.id(), market.admin);
            }
            market.engine.deliverPendingEvents();
            market.clock.set(Instant.parse("2027-11-21T08:00:00Z"));
            market.jobs().expireDue();
            for (Receipt spent : List.of(claireSpent, oliverSpent)) {
                market.store().refund(new RefundRequest(market.shoes.id(), market.shoesStaff, spent.redemption().id(), Money.euros(1000),
                        UUID.randomUUID().toString()));
            }
            market.engine.deliverPendingEvents();

            french(last(market, CLAIRE, "voucher_credit"), "Un avoir sur bon d'achat", "Bonjour,", "Un remboursement n'a pas pu revenir",
                    "10,00", "Vos bons sont dans votre espace");
            english(last(market, OLIVER, "voucher_credit"), "A credit voucher", "Hello,", "A refund could not go back to your voucher",
                    "€10.00", "Your vouchers are in your wallet");
            french(last(market, CLAIRE, "voucher_reissued"), "Votre bon d'achat a été remplacé", "Bonjour,", "Votre ancien bon a été bloqué",
                    "50,00", "L'ancien code ne fonctionne plus");
            english(last(market, OLIVER, "voucher_reissued"), "Your voucher has been replaced", "Hello,", "Your former voucher was blocked",
                    "€50.00", "The former code no longer works");
        }
    }

    @EachDatabase
    void theExpiryReminderIsInTheHoldersLanguage(TestDatabase db) {
        try (Market market = new Market(db)) {
            market.engine.accounts().register(OLIVER, Market.PASSWORD, "Oliver Smith", Locale.ENGLISH);
            market.clock.set(Instant.parse("2027-02-25T10:00:00Z"));
            for (String buyer : List.of(CLAIRE, OLIVER)) {
                market.desk().sell(new SaleRequest(market.tobacconist.id(), market.tobacconistOperator, market.booster.id(),
                        market.booster.denominations().get(0).id(), 1, Optional.of(buyer), Optional.empty(), UUID.randomUUID().toString()));
            }
            assertThat(market.jobs().sendReminders()).isEqualTo(2);
            market.engine.deliverPendingEvents();

            french(last(market, CLAIRE, "voucher_expiry_reminder"), "Vos bons d'achat expirent dans 7 jours", "Bonjour,",
                    "Il reste de l'argent sur vos bons d'achat", "valable jusqu'au 28/02/2027 inclus", "le solde est perdu");
            english(last(market, OLIVER, "voucher_expiry_reminder"), "Your vouchers expire in 7 days", "Hello,",
                    "There is money left on your vouchers", "valid until 28 February 2027 included", "the balance is lost");
        }
    }

    @EachDatabase
    void theCountersPrintoutAndTheStockSheetsAreInTheLanguageOfWhoPrintsThem(TestDatabase db) throws IOException {
        try (Market market = new Market(db)) {
            Sale sale = market.sellBooster(1);
            String code = sale.vouchers().get(0).code().grouped();
            assertThat(pdfText(market.desk().printout(sale.id(), market.tobacconistOperator))).contains(code, "Vendu par Tabac de la Place, Saint-Omer",
                    "Valable jusqu'au 28/02/2027 inclus", "Utilisable en une ou plusieurs fois").doesNotContain("Sold by", "Valid");
            Account englishOperator = market.engine.accounts().setLanguage(market.tobacconistOperator.id(), Locale.ENGLISH);
            assertThat(pdfText(market.desk().printout(sale.id(), englishOperator))).contains(code, "Sold by Tabac de la Place, Saint-Omer",
                    "Valid until 28 February 2027 included", "Can be spent in one or several goes").doesNotContain("Vendu", "Valable");

            Batch batch = market.stock().generate(market.booster.id(), market.booster.denominations().get(0).id(), 4, "batch-language", market.admin)
                    .batch();
            assertThat(pdfText(market.stock().sheets(batch.id(), 1, 4, market.admin))).contains("Série " + batch.id() + " — n° 000001",
                    "Valable après activation au point de vente").doesNotContain("Series", "Valid once");
            Account englishAdmin = market.engine.accounts().setLanguage(market.admin.id(), Locale.ENGLISH);
            assertThat(pdfText(market.stock().sheets(batch.id(), 1, 4, englishAdmin))).contains("Series " + batch.id() + " — no. 000001",
                    "Valid once activated at the point of sale").doesNotContain("Série", "Valable");
        }
    }

    /** Each buyer pays for vouchers by card, then the plugin handles the orders (issues the vouchers, or cancels). */
    private static void buyOnline(Market market, Variant vouchers, int quantity, Account... buyers) {
        for (Account buyer : buyers) {
            market.engine.carts().add(CartOwner.shopper(buyer.id()), vouchers.id(), quantity);
            market.awaitSettled(market.engine.checkout().checkout(new CheckoutRequest(buyer.id(), Map.of(),
                    List.of(TenderRequest.of("sandbox-card", Map.of("card", "4242 4242 4242 4242"))), UUID.randomUUID().toString())).order());
        }
        market.engine.deliverPendingEvents();
        market.engine.deliverPendingEvents();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    private static Mail last(Market market, String email, String kind) {
        return market.engine.mailOutbox().sentTo(email, 50).stream().map(SentMail::mail).filter(mail -> mail.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " mail to " + email));
    }

    static void english(Mail mail, String subject, String... body) {
        written(mail, "en", subject, body);
        assertThat(mail.subject() + "\n" + mail.body()).as(mail.kind()).doesNotContain("Bonjour", "Vos ", "bon d'achat", "valable");
    }

    static void french(Mail mail, String subject, String... body) {
        written(mail, "fr", subject, body);
        assertThat(mail.subject() + "\n" + mail.body()).as(mail.kind()).doesNotContain("Hello", "Your", "voucher", "valid ");
    }

    private static void written(Mail mail, String language, String subject, String... body) {
        assertThat(mail.subject()).as(mail.kind()).isEqualTo(subject);
        assertThat(mail.body()).as(mail.kind()).startsWith(body[0]).contains(body);
        // the HTML alternative is the rendering of this very text, declared in the same language
        assertThat(mail.html()).as(mail.kind()).contains(HtmlMail.render(mail.subject(), mail.body(), Locale.forLanguageTag(language)));
    }
}
