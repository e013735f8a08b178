package io.comptoir.stripe;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.fakestripe.FakeStripe;
import io.comptoir.stripe.api.ConnectedAccount;
import io.comptoir.stripe.api.PartStage;
import io.comptoir.stripe.api.StripeConnect;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shops connect a Stripe Express account; a shop without a ready one cannot be paid by card, and the shopper pays it otherwise. */
final class ConnectedAccountsTest {

    @EachDatabase
    void aShopConnectsItsExpressAccountOnceThroughStripesOnboarding(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            assertThat(market.connect().enabled()).isTrue();
            assertThat(market.connect().account(market.bakery.id())).isEmpty();
            assertThat(market.card().refusal(market.bakery.id())).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(StripeCardProvider.ACCOUNT_NOT_READY));

            String first = market.connect().onboardingLink(market.bakery.id(), "https://marche.example/retour", "https://marche.example/lien");
            String second = market.connect().onboardingLink(market.bakery.id(), "https://marche.example/retour", "https://marche.example/lien");

            assertThat(first).isNotEqualTo(second).startsWith(market.stripe.apiBase() + "/setup/");
            assertThat(market.stripe.objects("account")).singleElement().satisfies(account -> assertThat(account)
                    .containsEntry("type", "express").containsEntry("country", "FR").containsEntry("email", "pain@boulangerie.example")
                    .containsEntry("metadata", Map.of("comptoir_merchant", market.bakery.id().toString())));
            ConnectedAccount created = market.connect().account(market.bakery.id()).orElseThrow();
            assertThat(created.detailsSubmitted()).isFalse();
            assertThat(created.canReceivePayments()).isFalse();

            assertThat(market.stripe.completeOnboarding(second)).isEqualTo("https://marche.example/retour");
            assertThat(market.stripe.completeOnboarding(second)).as("a link is used once").isEqualTo("https://marche.example/lien");
            ConnectedAccount refreshed = market.connect().refresh(market.bakery.id()).orElseThrow();

            assertThat(refreshed.canReceivePayments()).isTrue();
            assertThat(refreshed.payoutsEnabled()).isTrue();
            assertThat(refreshed.requirementsDue()).isEmpty();
            assertThat(market.card().refusal(market.bakery.id())).isEmpty();
        }
    }

    @EachDatabase
    void aBasketWithAShopThatCannotTakeCardsIsPaidByCardForTheOthersAndAnotherWayForIt(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            String bakeryAccount = market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Pain complet", 400), market.product(market.florist, "Bouquet", 2500));
            TenderCapacity capacity = market.card().capacity(StripeMarket.byCard(),
                    Map.of(market.bakery.id(), Money.euros(400), market.florist.id(), Money.euros(2500)));
            assertThat(capacity.eligibleMerchants()).containsExactly(market.bakery.id());

            // the card alone leaves the florist unpaid: refused before anything is held, naming the shop and why
            assertThatThrownBy(() -> market.checkout(StripeMarket.byCard())).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.code()).isEqualTo("payment_method_refused");
                assertThat(e.details()).singleElement().asString().contains("tenders[0]", market.florist.name(),
                        StripeCardProvider.ACCOUNT_NOT_READY);
            });
            assertThat(market.stripe.objects("checkout.session")).isEmpty();

            CustomerOrder order = market.checkout(StripeMarket.byCard(), TenderRequest.of("pay-at-pickup", Map.of()));
            assertThat(market.stripe.object(market.sessionOf(order))).containsEntry("amount_total", 400L);
            market.pay(order, FakeStripe.PAYING_CARD);
            assertThat(market.reload(order).status()).isEqualTo(CustomerOrderStatus.PLACED);
            MerchantOrder flowers = market.partOf(order, market.florist);
            assertThat(flowers.tenders()).extracting(share -> share.provider()).containsExactly("pay-at-pickup");

            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.act(order, market.florist, OrderAction.ACCEPT);
            market.collect(order, market.bakery);
            assertThat(market.stripe.accountBalance(bakeryAccount)).isEqualTo(380);
        }
    }

    @EachDatabase
    void aShopWhoseAccountStripeRestrictedIsNotPaidUntilItIsFixedThenIsPaidByTheJob(TestDatabase db) {
        try (StripeMarket market = new StripeMarket(db)) {
            String account = market.connectAccount(market.bakery);
            market.basket(market.product(market.bakery, "Sablés", 800));
            CustomerOrder order = market.checkout(StripeMarket.byCard());
            market.pay(order, FakeStripe.PAYING_CARD);
            market.act(order, market.bakery, OrderAction.ACCEPT);
            market.stripe.restrict(account, "requirements.past_due");
            market.awaitWebhooks();
            assertThat(market.card().refusal(market.bakery.id())).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(StripeCardProvider.ACCOUNT_NOT_READY));

            market.collect(order, market.bakery);

            assertThat(market.stripe.accountBalance(account)).isZero();
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement().satisfies(part -> {
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFER_DUE);
                assertThat(part.owed()).isEqualTo(Money.euros(760));
                assertThat(part.transferError()).hasValueSatisfying(error -> assertThat(error).contains("transfers"));
            });

            market.stripe.completeOnboarding(market.connect().onboardingLink(market.bakery.id(), "https://marche.example/r",
                    "https://marche.example/l"));
            market.awaitWebhooks();
            market.runJobs();

            assertThat(market.stripe.accountBalance(account)).isEqualTo(760);
            assertThat(market.reports().partsOf(market.bakery.id(), 0, 5)).singleElement().satisfies(part -> {
                assertThat(part.stage()).isEqualTo(PartStage.TRANSFERRED);
                assertThat(part.transferError()).isEmpty();
            });
        }
    }

    @EachDatabase
    void withoutKeysTheCardIsNotOfferedAndConnectingSaysSo(TestDatabase db) {
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new NoSearchIndex()).backgroundWork(false)
                .plugin(new StripePlugin()).property("stripe.commission-percent", "2,5").build()) {
            assertThat(engine.payments().providers()).extracting(provider -> provider.id()).doesNotContain(StripeCardProvider.ID);
            StripeConnect connect = engine.service(StripeConnect.class);
            assertThat(connect.enabled()).isFalse();
            assertThatThrownBy(() -> connect.onboardingLink(new io.comptoir.engine.api.merchant.MerchantId(1), "https://a.example", "https://b.example"))
                    .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("stripe_not_configured");
        }
        assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new NoSearchIndex()).backgroundWork(false)
                .plugin(new StripePlugin()).properties(Map.of("stripe.secret-key", StripeMarket.SECRET_KEY, "stripe.webhook-secret",
                        StripeMarket.WEBHOOK_SECRET)).build()).hasMessageContaining("stripe.return-url");
        for (String percent : List.of("-1", "100.5", "2.555", "cinq")) {
            assertThatThrownBy(() -> Engine.builder().dataSource(db.dataSource()).searchIndex(new NoSearchIndex()).backgroundWork(false)
                    .plugin(new StripePlugin()).property("stripe.commission-percent", percent).build())
                    .hasMessageContaining("stripe.commission-percent");
        }
    }
}
