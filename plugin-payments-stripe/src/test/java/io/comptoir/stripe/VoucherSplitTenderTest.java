package io.comptoir.stripe;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.PartStage;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.Vouchers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A gift voucher and a card on one basket: the voucher pays first, the card the rest, and each shop is paid its card share only. */
final class VoucherSplitTenderTest {

    @EachDatabase
    void aVoucherPaysPartOfTheBasketAndTheCardTheRestShopByShop(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db, "5", List.of(new VouchersPlugin()))) {
            String bakeryAccount = market.connectAccount(market.bakery);
            String bookshopAccount = market.connectAccount(market.bookshop);
            Voucher voucher = giftVoucher(market, 2000);
            market.basket(market.product(market.bakery, "Pain d'épices", 3000), market.product(market.bookshop, "Bande dessinée", 1500));

            CustomerOrder order = market.checkout(TenderRequest.of("voucher", Map.of("code", voucher.code().grouped())), StripeMarket.byCard());

            assertThat(market.stripe.object(market.sessionOf(order))).containsEntry("amount_total", 2500L);
            market.pay(order, FakeStripe.PAYING_CARD);
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            MerchantOrder bakeryPart = market.partOf(order, market.bakery);
            assertThat(bakeryPart.tenders()).extracting(share -> share.provider() + "=" + share.amount().minorUnits())
                    .containsExactly("voucher=2000", "stripe=1000");
            assertThat(market.engine.service(Vouchers.class).voucher(voucher.id()).orElseThrow().balance()).isEqualTo(Money.euros(0));

            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.act(order, market.bookshop, OrderAction.ACCEPT);
            String intentId = (String) market.stripe.object(market.sessionOf(order)).get("payment_intent");
            assertThat(market.stripe.object(intentId)).containsEntry("amount_received", 2500L);

            market.collect(order, market.bakery);
            market.collect(order, market.bookshop);

            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(950);
            assertThat(market.stripe.accountBalance(bookshopAccount)).isEqualTo(1425);
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement().satisfies(part -> {
                assertThat(part.amount()).isEqualTo(Money.euros(1000));
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFERRED);
            });

            // a refund goes back to the card first, the voucher last
            market.act(order, market.bakery, OrderAction.REFUND, Optional.of(Money.euros(1200)));
            assertThat(market.stripe.objects("refund")).singleElement().satisfies(refund -> assertThat(refund).containsEntry("amount", 1000L));
            assertThat(market.stripe.accountBalance(bakeryAccount)).isZero();
            assertThat(market.engine.service(Vouchers.class).voucher(voucher.id()).orElseThrow().balance()).isEqualTo(Money.euros(200));
            CardPaymentFlowTest.balancesWithStripe(market, market.reports().territory(CardPaymentFlowTest.DAY, CardPaymentFlowTest.DAY));
        }
    }

    /** A plain gift voucher sold at a point of sale, spendable in every live shop. */
    private static Voucher giftVoucher(StripeMarket market, long cents) {
        Actor admin = Actor.system("test");
        VoucherProgramme gift = market.engine.service(Programmes.class).create(new ProgrammeDraft("cheque-cadeau", "Chèque cadeau",
                "Le cadeau qui fait vivre nos commerces.", Money.EUR, LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(),
                OptionalInt.of(12), ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, List.of(new DenominationDraft(Money.euros(cents), Money.euros(cents))),
                BuyerLimit.NONE, Eligibility.allLiveShopsExcept(Set.of()), List.of(), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK), admin);
        PointsOfSale pointsOfSale = market.engine.service(PointsOfSale.class);
        PointOfSale newsagent = pointsOfSale.create(new PointOfSaleDraft("Maison de la Presse", new Address("8 rue Jean-Jaurès", "62500", "62765"),
                "03 53 01 00 02", true), admin);
        Account operator = pointsOfSale.addOperator(newsagent.id(), market.account("Nadia Presse").id(), admin);
        return market.engine.service(PointOfSaleDesk.class).sell(new SaleRequest(newsagent.id(), operator, gift.id(),
                gift.denominations().get(0).id(), 1, Optional.empty(), Optional.empty(), UUID.randomUUID().toString())).sale().vouchers().get(0);
    }
}
