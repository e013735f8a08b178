package io.comptoir.engine.core.order;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.event.EventCatalogue;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentChoice;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.event.EventRow;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.LUMBRES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event catalogue tells the truth: a run through every kind of change the engine makes publishes every type of
 * {@link EngineEvents}, and each event written matches its entry (aggregate type, required keys, no undeclared key,
 * values of their declared types).
 */
final class EventCatalogueConformanceTest {

    @EachDatabase
    void everyEventTheEnginePublishesMatchesItsCatalogueEntryAndEveryEntryIsPublished(TestDatabase db) {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            accountsLifeCycle(shop, camille);
            merchantsLifeCycle(shop);
            catalogueChanges(shop);
            ordersLifeCycle(shop, camille);

            EventCatalogue catalogue = shop.engine.eventCatalogue();
            List<EventRow> written = Jdbi.create(db.dataSource()).withHandle(handle -> handle.select("""
                    SELECT id, type, aggregate_type, aggregate_id, data, actor, occurred_at FROM domain_event ORDER BY id""")
                    .map(new EventRow.Mapper()).list());
            Set<String> seen = new TreeSet<>();
            for (EventRow row : written) {
                EventType type = catalogue.find(row.type()).orElseThrow(() -> new AssertionError(row.type() + " is not in the catalogue"));
                assertThat(row.aggregateType()).as(row.type()).isEqualTo(type.aggregateType());
                assertThat(type.problems(row.dataValues())).as(row.type() + " " + row.data()).isEmpty();
                seen.add(row.type());
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(EngineEvents.all().stream().map(EventType::name).toList());
            assertThat(written).filteredOn(row -> row.type().startsWith("merchant_order."))
                    .allSatisfy(row -> assertThat(row.dataValues()).containsEntry(EngineEvents.MerchantOrders.SHOPPER_ID,
                            Long.toString(camille.id().value())));
        }
    }

    private static void accountsLifeCycle(Shop shop, Account camille) {
        var accounts = shop.engine.accounts();
        Account staff = shop.shopper("Dominique Staff");
        accounts.grant(staff.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.shoes.id().value()), ADMIN);
        accounts.revoke(staff.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.shoes.id().value()), ADMIN);
        accounts.setActive(staff.id(), false, ADMIN);
        accounts.setActive(staff.id(), true, ADMIN);
        accounts.requestPasswordReset(camille.email(), "https://marche.example/reset?token=");
        accounts.changePassword(camille.id(), "correct horse battery", "another horse battery");
        shop.engine.sessions().close(shop.engine.sessions().open(camille.id()).token());
        shop.engine.sessions().open(staff.id());
        shop.engine.sessions().closeAll(staff.id());
        accounts.rename(staff.id(), "Dominique Staff-Martin");
        accounts.changeEmail(staff.id(), "correct horse battery", "dominique.staff.martin@example.org");
        shop.engine.privacy().erase(staff.id(), ADMIN);
        accounts.setLanguage(staff.id(), java.util.Locale.ENGLISH);
    }

    private static void merchantsLifeCycle(Shop shop) {
        var merchants = shop.engine.merchants();
        Merchant applicant = merchants.register(Fixtures.profile("Fleurs de Lumbres", LUMBRES, shop.fixtures.shoes.id()), ADMIN);
        merchants.changeStatus(applicant.id(), MerchantStatus.ONBOARDING, ADMIN);
        merchants.updateProfile(applicant.id(), Fixtures.profile("Fleurs de Lumbres et d'ailleurs", LUMBRES, shop.fixtures.shoes.id()), ADMIN);
        merchants.setFeatured(shop.shoes.id(), true, ADMIN);
        merchants.updatePayoutAccount(shop.shoes.id(), new BankAccount("Chaussures Martin SARL", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP"), ADMIN);
        merchants.updateFulfilment(shop.grocer.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(
                Money.euros(450), Set.of(SAINT_OMER), Optional.empty()))), ADMIN);
        shop.engine.payments().acceptPaymentMethods(shop.shoes.id(), Set.of("pay-at-pickup", "sandbox-card"), ADMIN);
        shop.engine.payments().acceptPaymentMethods(shop.shoes.id(), Set.of("pay-at-pickup", "sandbox-card", BalanceProvider.ID), ADMIN);
    }

    private static void catalogueChanges(Shop shop) {
        var catalogue = shop.engine.catalogue();
        Product slippers = shop.fixtures.product(shop.shoes, "Chaussons", 2500, 3);
        Product renamed = catalogue.updateProduct(slippers.id(), Fixtures.shoe("Chaussons fourrés", 2900, 3, shop.fixtures.shoes.id()), ADMIN);
        catalogue.setHidden(slippers.id(), true, ADMIN);
        catalogue.setStock(renamed.variants().get(0).id(), 7, ADMIN);
    }

    private static void ordersLifeCycle(Shop shop, Account camille) {
        var orders = shop.engine.orders();
        // Click & collect, paid at the shop: placed, accepted, ready, collected, paid.
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.boots).id(), 1);
        MerchantOrder boots = shop.checkout(camille, List.of(Shop.payAtPickup())).order().merchantOrders().get(0);
        for (OrderAction action : List.of(OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.MARK_COLLECTED, OrderAction.MARK_PAID)) {
            orders.act(boots.id(), action, Optional.empty(), "", ADMIN, false);
        }
        // Delivered by the shop, paid by a card: placed, accepted, out for delivery, delivered, refunded in part.
        shop.balances.card("CARTE-1", 100_00, Set.of(shop.grocer.id()));
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
        DeliveryAddress home = new DeliveryAddress("Camille Durand", "4 rue de Dunkerque", "62500", SAINT_OMER, "06 39 98 00 00", "");
        CustomerOrder delivered = shop.checkout(camille, Map.of(shop.grocer.id(), FulfilmentChoice.deliverTo(home)),
                List.of(Shop.balance("CARTE-1")), UUID.randomUUID().toString()).order();
        MerchantOrder coffee = delivered.merchantOrders().get(0);
        for (OrderAction action : List.of(OrderAction.ACCEPT, OrderAction.SEND_OUT, OrderAction.MARK_DELIVERED)) {
            orders.act(coffee.id(), action, Optional.empty(), "", ADMIN, false);
        }
        orders.act(coffee.id(), OrderAction.REFUND, Optional.of(Money.euros(790)), "un paquet abîmé", ADMIN, false);
        // Cancelled before acceptance.
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.sandals).id(), 1);
        MerchantOrder sandals = shop.checkout(camille, List.of(Shop.payAtPickup())).order().merchantOrders().get(0);
        orders.act(sandals.id(), OrderAction.CANCEL, Optional.empty(), "", ADMIN, false);
        // A refused payment.
        shop.balances.declineAuthorisations = true;
        shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 1);
        assertThatThrownBy(() -> shop.checkout(camille, List.of(Shop.balance("CARTE-1"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("declined");
    }
}
