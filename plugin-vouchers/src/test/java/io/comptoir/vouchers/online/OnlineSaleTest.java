package io.comptoir.vouchers.online;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.ledger.LedgerProbe;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

final class OnlineSaleTest {

    @EachDatabase
    void vouchersBoughtThroughTheCheckoutWithACardLandInTheWalletAndTheMailbox(TestDatabase db) {
        try (Market market = new Market(db)) {
            Product booster = market.onlineShop().publish(market.booster.id(), market.giftCategory.id(), Market.ADMIN_ACTOR);
            Variant twelveForTen = booster.variants().get(0);
            Account shopper = market.account("Camille Durand");
            assertThat(twelveForTen.price()).isEqualTo(Money.euros(1000));
            assertThat(market.onlineShop().denominationOf(twelveForTen.id())).contains(
                    new OnlineVoucherShop.OnlineDenomination(market.booster.id(), market.booster.denominations().get(0).id()));
            market.engine.carts().add(CartOwner.shopper(shopper.id()), twelveForTen.id(), 2);

            CustomerOrder order = market.awaitSettled(market.engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(),
                    List.of(TenderRequest.of("sandbox-card", Map.of("card", "4242 4242 4242 4242"))), UUID.randomUUID().toString())).order());
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            market.engine.deliverPendingEvents();
            market.engine.deliverPendingEvents();

            List<Voucher> wallet = market.vouchers().walletOf(shopper.id());
            assertThat(wallet).hasSize(2).allSatisfy(voucher -> {
                assertThat(voucher.status()).isEqualTo(VoucherStatus.ACTIVE);
                assertThat(voucher.origin()).isEqualTo(VoucherOrigin.ONLINE);
                assertThat(voucher.balance()).isEqualTo(Money.euros(1200));
                assertThat(voucher.pointOfSaleId()).isEmpty();
            });
            assertThat(market.engine.orders().merchantOrder(order.merchantOrders().get(0).id()).orElseThrow().status())
                    .isEqualTo(MerchantOrderStatus.ACCEPTED);
            assertThat(market.engine.payments().paymentsOf(order.id())).singleElement().extracting(p -> p.status()).isEqualTo(PaymentStatus.CAPTURED);
            List<SentMail> mails = market.engine.mailOutbox().sentTo("camille.durand@example.org", 10);
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals("voucher_delivered")).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains(wallet.get(0).code().grouped()).contains(wallet.get(1).code().grouped()));
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));
            assertThat(pdfText(market, wallet.get(0), shopper)).contains("Valable jusqu'au 28/02/2027", "12,00", wallet.get(0).code().grouped());
            market.engine.accounts().setLanguage(shopper.id(), java.util.Locale.ENGLISH);
            assertThat(pdfText(market, wallet.get(0), shopper)).as("in the language the holder chose")
                    .contains("Valid until 28 February 2027 included", "12.00", "Keep it: it is worth money").doesNotContain("Valable");
            assertThat(market.audit().problems()).isEmpty();

            market.engine.deliverPendingEvents();
            assertThat(market.vouchers().walletOf(shopper.id())).hasSize(2);
        }
    }

    @EachDatabase
    void whenTheBudgetCannotCoverTheOrderItIsCancelledAndTheCardReleased(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(300), Map.of())) {
            Variant twelveForTen = market.onlineShop().publish(market.booster.id(), market.giftCategory.id(), Market.ADMIN_ACTOR).variants().get(0);
            Account shopper = market.account("Camille Durand");
            market.engine.carts().add(CartOwner.shopper(shopper.id()), twelveForTen.id(), 2);

            CustomerOrder order = market.awaitSettled(market.engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(),
                    List.of(TenderRequest.of("sandbox-card", Map.of("card", "4242 4242 4242 4242"))), UUID.randomUUID().toString())).order());
            market.engine.deliverPendingEvents();

            assertThat(market.engine.orders().merchantOrder(order.merchantOrders().get(0).id()).orElseThrow().status())
                    .isEqualTo(MerchantOrderStatus.CANCELLED);
            assertThat(market.engine.payments().paymentsOf(order.id())).singleElement().extracting(p -> p.status()).isEqualTo(PaymentStatus.VOIDED);
            assertThat(market.vouchers().walletOf(shopper.id())).isEmpty();
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
            assertThat(market.engine.catalogue().variant(twelveForTen.id()).orElseThrow().stock()).isZero();
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    private static String pdfText(Market market, Voucher voucher, Account holder) {
        try {
            return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(market.vouchers().pdf(voucher.id(),
                    holder.id()))).getTextFromPage(1);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
