package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.core.persistence.Migrations;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketplace upgraded to the engine that knows which ways to pay each shop accepts: the shops it already had accept every
 * way to pay, and are paid as before.
 */
final class PaymentMethodsUpgradeTest {

    @EachDatabase
    void theShopsOfAMarketplaceUpgradedAcceptEveryWayToPayAndArePaidAsBefore(TestDatabase db) {
        // the schema as the previous engine left it (V16), with a live shop in it
        Flyway.configure().dataSource(db.dataSource()).locations(Migrations.ENGINE_LOCATION).table(Migrations.ENGINE_HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").target("16").load().migrate();
        long existing = Jdbi.create(db.dataSource()).withHandle(handle -> {
            handle.execute("INSERT INTO intercommunality (code, name, siren) VALUES ('CAPSO', 'Pays de Saint-Omer', '200069037')");
            handle.execute("INSERT INTO commune (insee_code, name, postal_code, intercommunality_code, population) "
                    + "VALUES ('62765', 'Saint-Omer', '62500', 'CAPSO', 14000)");
            return handle.createUpdate("""
                            INSERT INTO merchant (slug, name, legal_id, trade, description, street, postal_code, commune_insee, email, phone,
                                                  website, opening_hours, status, featured, created_at, updated_at)
                            VALUES ('le-rucher', 'Le Rucher', '73282932000074', 'Apiculteur', 'Miels du marais.', '2 rue du Marais', '62500',
                                    '62765', 'miel@rucher.example', '', '', 'Tu-Sa 09:00-12:00', 'LIVE', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });

        try (Engine engine = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false)
                .builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).properties(Fixtures.CHEAP_PASSWORDS).build()) {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            MerchantId shop = new MerchantId(existing);

            assertThat(engine.payments().paymentMethodsOf(shop)).extracting(ShopPaymentMethod::method)
                    .containsExactly("sandbox-card", "pay-at-pickup");
            assertThat(engine.payments().paymentMethodsOf(shop)).allSatisfy(method -> assertThat(method.usable()).as(method.method()).isTrue());
            assertThat(engine.payments().paymentOptions(List.of(shop))).allSatisfy(option ->
                    assertThat(option.acceptedByEveryShop()).as(option.method()).isTrue());

            Merchant rucher = engine.merchants().require(shop);
            var honey = Fixtures.on(engine).product(rucher, "Miel de fleurs", 850, 10);
            Account camille = engine.accounts().register("camille@example.org", "correct horse battery", "Camille");
            engine.carts().add(CartOwner.shopper(camille.id()), honey.variants().get(0).id(), 1);
            var order = engine.checkout().checkout(new CheckoutRequest(camille.id(), Map.of(), List.of(TenderRequest.of("pay-at-pickup", Map.of())),
                    "upgrade-order-1")).order();
            assertThat(order.status()).isEqualTo(CustomerOrderStatus.PLACED);
        }
    }
}
