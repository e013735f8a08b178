package io.comptoir.vouchers.redemption;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.RedemptionChannel;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OnlineRedemptionTest {
    static final String CARD = "4242 4242 4242 4242";

    @EachDatabase
    void aVoucherPaysTheEligibleShopOfATwoShopBasketAndTheCardTheRest(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            Account shopper = market.account("Camille Durand");
            basket(market, shopper, market.product(market.shoes, "Chaussons", 3000, 5), market.product(market.florist, "Bouquet", 1500, 5));

            CustomerOrder order = market.awaitSettled(checkout(market, shopper, voucher(voucher), card()));

            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
            Payment voucherPayment = order.payments().get(0);
            assertThat(voucherPayment.provider()).isEqualTo("voucher");
            assertThat(voucherPayment.label()).isEqualTo("Bon d'achat •••• " + voucher.code().lastFour());
            assertThat(voucherPayment.amount()).isEqualTo(Money.euros(1200));
            MerchantOrder shoes = order.merchantOrders().get(0);
            MerchantOrder flowers = order.merchantOrders().get(1);
            assertThat(shoes.tenders()).extracting(share -> share.provider()).containsExactly("voucher", "sandbox-card");
            assertThat(flowers.tenders()).extracting(share -> share.provider()).containsExactly("sandbox-card");
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(0));

            market.engine.orders().act(shoes.id(), OrderAction.ACCEPT, Optional.empty(), "", Actor.account(market.shoesStaff.id().value()), false);

            List<Redemption> redemptions = market.store().redemptionsOf(market.shoes.id(), market.shoesStaff, LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 11, 20));
            assertThat(redemptions).singleElement().satisfies(redemption -> {
                assertThat(redemption.channel()).isEqualTo(RedemptionChannel.ONLINE);
                assertThat(redemption.amount()).isEqualTo(Money.euros(1200));
                assertThat(redemption.buyerPart()).isEqualTo(Money.euros(1000));
                assertThat(redemption.subsidyPart()).isEqualTo(Money.euros(200));
                assertThat(redemption.merchantOrder()).contains(shoes.id());
            });
            assertThat(market.reload(voucher).status()).isEqualTo(VoucherStatus.SPENT);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aCancelledOrderReleasesTheHoldAndARefundGivesTheValueBackToTheVoucher(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher first = market.sellGift(5000, Optional.empty()).vouchers().get(0);
            Account shopper = market.account("Camille Durand");
            Product slippers = market.product(market.shoes, "Chaussons", 3000, 5);
            basket(market, shopper, slippers);
            CustomerOrder cancelled = market.awaitSettled(checkout(market, shopper, voucher(first)));
            assertThat(market.reload(first).balance()).isEqualTo(Money.euros(2000));

            market.engine.orders().act(cancelled.merchantOrders().get(0).id(), OrderAction.CANCEL, Optional.empty(), "", 
                    Actor.account(shopper.id().value()), true);
            assertThat(market.reload(first).balance()).isEqualTo(Money.euros(5000));
            assertThat(market.engine.payments().paymentsOf(cancelled.id())).singleElement().extracting(Payment::status).isEqualTo(PaymentStatus.VOIDED);

            basket(market, shopper, slippers);
            CustomerOrder paid = market.awaitSettled(checkout(market, shopper, voucher(first)));
            MerchantOrder part = paid.merchantOrders().get(0);
            Actor shop = Actor.account(market.shoesStaff.id().value());
            market.engine.orders().act(part.id(), OrderAction.ACCEPT, Optional.empty(), "", shop, false);
            market.engine.orders().act(part.id(), OrderAction.REFUND, Optional.of(Money.euros(1000)), "taille", shop, false);
            assertThat(market.reload(first).balance()).isEqualTo(Money.euros(3000));
            market.engine.orders().act(part.id(), OrderAction.REFUND, Optional.empty(), "", shop, false);
            assertThat(market.reload(first).balance()).isEqualTo(Money.euros(5000));
            assertThat(market.reload(first).status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void theVoucherShopNeverTakesVouchersAndUnknownCodesAreRefusedAtCheckout(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            Account shopper = market.account("Camille Durand");
            basket(market, shopper, market.product(market.voucherShop, "Autre chose", 1000, 5));

            assertThatThrownBy(() -> checkout(market, shopper, voucher(voucher), card())).isInstanceOf(InvalidInputException.class)
                    .extracting("code").isEqualTo("tender_unusable");
            assertThatThrownBy(() -> checkout(market, shopper, TenderRequest.of("voucher", Map.of("code", VoucherCode.random(new Random(5)).grouped())),
                    card())).isInstanceOf(InvalidInputException.class).hasMessage("unknown or mistyped voucher code").extracting("field")
                    .isEqualTo("tenders[0].details.code");
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void theEngineSaysWhichShopsVouchersCannotPayAndWhy(TestDatabase db) {
        try (Market market = new Market(db)) {
            var options = market.engine.payments().paymentOptions(List.of(market.shoes.id(), market.florist.id(), market.voucherShop.id()));
            var vouchers = options.stream().filter(option -> option.method().equals(VoucherPaymentProvider.ID)).findFirst().orElseThrow();

            // the florist is left out of the booster but takes the gift vouchers: only the voucher shop takes none
            assertThat(vouchers.refusals()).singleElement().satisfies(refusal -> {
                assertThat(refusal.merchant()).isEqualTo(market.voucherShop.id());
                assertThat(refusal.refusal().code()).isEqualTo(VoucherPaymentProvider.NOT_IN_PROGRAMME);
                assertThat(refusal.refusal().reason()).contains("aucun programme");
            });
            assertThat(market.engine.payments().paymentMethodsOf(market.shoes.id())).filteredOn(method -> method.method().equals("voucher"))
                    .singleElement().satisfies(method -> assertThat(method.usable()).isTrue());
        }
    }

    static void basket(Market market, Account shopper, Product... products) {
        for (Product product : products) {
            market.engine.carts().add(CartOwner.shopper(shopper.id()), product.variants().get(0).id(), 1);
        }
    }

    static CustomerOrder checkout(Market market, Account shopper, TenderRequest... tenders) {
        return market.engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(), List.of(tenders), UUID.randomUUID().toString()))
                .order();
    }

    static TenderRequest voucher(Voucher voucher) {
        return TenderRequest.of("voucher", Map.of("code", voucher.code().grouped()));
    }

    static TenderRequest card() {
        return TenderRequest.of("sandbox-card", Map.of("card", CARD));
    }
}
