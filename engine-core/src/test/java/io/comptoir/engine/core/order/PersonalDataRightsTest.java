package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.privacy.ErasureReceipt;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.engine.api.privacy.PersonalDataExport;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.engine.api.privacy.PrivacyRequest;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's rights over their data, on both databases: the export holds the account, the orders and each plugin's
 * section; the erasure anonymises the account and its orders in place, keeps the amounts, ends the sessions, calls each
 * plugin in its transaction (a plugin's failure rolls everything back), and both are recorded.
 */
final class PersonalDataRightsTest {
    private static final String PASSWORD = "correct horse battery";

    /** A plugin keeping one thing about people; it reads through the engine's transaction what it is given. */
    private static final class Notes implements PersonalData {
        final AtomicReference<String> erasedEmail = new AtomicReference<>();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public String section() {
            return "notes";
        }

        @Override
        public List<Map<String, Object>> export(AccountId person, String email, Connection transaction) throws Exception {
            try (PreparedStatement statement = transaction.prepareStatement("SELECT display_name FROM account WHERE id = ?")) {
                statement.setLong(1, person.value());
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return List.of(Map.of("name", row.getString(1), "email", email));
                }
            }
        }

        @Override
        public void erase(AccountId person, String email, Connection transaction) {
            if (failing.get()) {
                throw new IllegalStateException("the notes plugin cannot erase now");
            }
            erasedEmail.set(email);
        }
    }

    private static EnginePlugin plugin(Notes notes) {
        return new EnginePlugin() {
            @Override
            public String id() {
                return "notes";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerPersonalData(notes);
            }
        };
    }

    private static CustomerOrder order(Shop shop, Account shopper) {
        shop.engine.carts().add(shop.cartOf(shopper), shop.variant(shop.boots).id(), 1);
        return shop.checkout(shopper, List.of(Shop.payAtPickup())).order();
    }

    @EachDatabase
    void theExportHoldsTheAccountItsOrdersAndEachPluginsSectionAndIsRecorded(TestDatabase db) {
        Notes notes = new Notes();
        try (Shop shop = new Shop(db, Map.of(), plugin(notes))) {
            Account camille = shop.shopper("Camille Durand");
            CustomerOrder order = order(shop, camille);
            PersonalDataRights rights = shop.engine.privacy();

            PersonalDataExport export = rights.export(camille.id(), Actor.account(camille.id().value()));

            assertThat(export.account().email()).isEqualTo("camille.durand@example.org");
            assertThat(export.orders()).extracting(CustomerOrder::number).containsExactly(order.number());
            assertThat(export.sections()).containsEntry("notes", List.of(Map.of("name", "Camille Durand", "email", "camille.durand@example.org")));
            assertThat(rights.requests(0, 10)).singleElement().satisfies(request -> {
                assertThat(request.kind()).isEqualTo(PrivacyRequest.Kind.EXPORT);
                assertThat(request.person()).isEqualTo(camille.id());
                assertThat(request.actor()).isEqualTo(Actor.account(camille.id().value()).toString());
            });
        }
    }

    @EachDatabase
    void erasingOnesAccountAnonymisesItAndItsOrdersInPlaceEndsItsSessionsAndKeepsTheAmounts(TestDatabase db) {
        Notes notes = new Notes();
        try (Shop shop = new Shop(db, Map.of(), plugin(notes))) {
            Account camille = shop.shopper("Camille Durand");
            Account dominique = shop.shopper("Dominique Martin");
            CustomerOrder order = order(shop, camille);
            CustomerOrder other = order(shop, dominique);
            Session phone = shop.engine.sessions().open(camille.id());
            Session laptop = shop.engine.sessions().open(camille.id());
            shop.engine.carts().add(shop.cartOf(camille), shop.variant(shop.coffee).id(), 2);
            PersonalDataRights rights = shop.engine.privacy();

            assertThatThrownBy(() -> rights.eraseOwn(camille.id(), "not my password"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("wrong_password"));
            assertThat(shop.engine.sessions().resolve(phone.token())).as("a wrong password changes nothing").isPresent();

            ErasureReceipt receipt = rights.eraseOwn(camille.id(), PASSWORD);

            assertThat(receipt.orders()).isEqualTo(1);
            assertThat(shop.engine.sessions().resolve(phone.token())).isEmpty();
            assertThat(shop.engine.sessions().resolve(laptop.token())).isEmpty();
            assertThatThrownBy(() -> shop.engine.accounts().authenticate("camille.durand@example.org", PASSWORD, "127.0.0.1"))
                    .isInstanceOf(AuthenticationException.class);
            Account erased = shop.engine.accounts().account(camille.id()).orElseThrow();
            assertThat(erased.active()).isFalse();
            assertThat(erased.displayName()).isEqualTo(PersonalDataRights.ERASED_NAME);
            assertThat(erased.email()).isEqualTo("erased-" + camille.id().value() + "@erased.invalid");
            assertThat(shop.engine.accounts().accountByEmail("camille.durand@example.org")).isEmpty();
            assertThat(rights.erased(camille.id())).isTrue();
            assertThat(notes.erasedEmail.get()).isEqualTo("camille.durand@example.org");

            CustomerOrder kept = shop.engine.orders().customerOrder(order.id()).orElseThrow();
            assertThat(kept.total()).isEqualTo(order.total());
            assertThat(kept.merchantOrders()).extracting(MerchantOrder::shopperName).containsOnly(PersonalDataRights.ERASED_NAME);
            assertThat(kept.merchantOrders()).extracting(MerchantOrder::shopperEmail).containsOnly(erased.email());
            assertThat(kept.merchantOrders().get(0).lines()).isEqualTo(order.merchantOrders().get(0).lines());
            assertThat(shop.engine.carts().cart(shop.cartOf(camille)).lines()).isEmpty();
            CustomerOrder untouched = shop.engine.orders().customerOrder(other.id()).orElseThrow();
            assertThat(untouched.merchantOrders()).extracting(MerchantOrder::shopperName).containsOnly("Dominique Martin");

            assertThatThrownBy(() -> rights.erase(camille.id(), Actor.account(dominique.id().value())))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already_erased"));
            assertThat(rights.requests(0, 10)).extracting(PrivacyRequest::kind).containsExactly(PrivacyRequest.Kind.ERASURE);
        }
    }

    @EachDatabase
    void anAdminErasesForSomeoneWhoAskedByMailAndAPluginsFailureRollsTheWholeErasureBack(TestDatabase db) {
        Notes notes = new Notes();
        try (Shop shop = new Shop(db, Map.of(), plugin(notes))) {
            Account camille = shop.shopper("Camille Durand");
            CustomerOrder order = order(shop, camille);
            Actor admin = Actor.account(shop.shopper("Equipe Territoire").id().value());
            PersonalDataRights rights = shop.engine.privacy();

            notes.failing.set(true);
            assertThatThrownBy(() -> rights.erase(camille.id(), admin)).hasMessageContaining("notes");
            assertThat(shop.engine.accounts().authenticate("camille.durand@example.org", PASSWORD, "127.0.0.1").id()).isEqualTo(camille.id());
            assertThat(shop.engine.orders().customerOrder(order.id()).orElseThrow().merchantOrders())
                    .extracting(MerchantOrder::shopperName).containsOnly("Camille Durand");
            assertThat(rights.requests(0, 10)).isEmpty();

            notes.failing.set(false);
            rights.erase(camille.id(), admin);
            assertThat(rights.requests(0, 10)).singleElement().satisfies(request -> {
                assertThat(request.kind()).isEqualTo(PrivacyRequest.Kind.ERASURE);
                assertThat(request.actor()).isEqualTo(admin.toString());
            });
            assertThatThrownBy(() -> rights.export(new AccountId(999_999), admin)).isInstanceOf(io.comptoir.engine.api.error.NotFoundException.class);
        }
    }

    @EachDatabase
    void anErasureRetriedWithItsKeyAnswersTheFirstReceiptAndTheNotesOfTheOrdersGo(TestDatabase db) throws Exception {
        try (Shop shop = new Shop(db)) {
            Account camille = shop.shopper("Camille Durand");
            Account dominique = shop.shopper("Dominique Martin");
            CustomerOrder order = order(shop, camille);
            shop.engine.orders().cancel(order.id(), "Mon voisin M. Petit passera, 06 12 34 56 78", Actor.account(camille.id().value()), true);
            Actor admin = Actor.account(shop.shopper("Equipe Territoire").id().value());
            Actor otherAdmin = Actor.account(shop.shopper("Equipe Bis").id().value());
            PersonalDataRights rights = shop.engine.privacy();

            // retries of one request, at once: one erasure, the same receipt for every one
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ErasureReceipt>> calls = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    calls.add(pool.submit((Callable<ErasureReceipt>) () -> rights.erase(camille.id(), admin, "erase-camille-0001")));
                }
                ErasureReceipt first = calls.get(0).get(30, TimeUnit.SECONDS);
                for (Future<ErasureReceipt> call : calls) {
                    assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(first);
                }
                assertThat(first.orders()).isEqualTo(1);
            }
            finally {
                pool.shutdownNow();
            }
            assertThat(rights.requests(0, 10)).extracting(PrivacyRequest::kind).containsExactly(PrivacyRequest.Kind.ERASURE);
            assertThat(shop.engine.orders().customerOrder(order.id()).orElseThrow().merchantOrders().get(0).history())
                    .isNotEmpty().allSatisfy(change -> assertThat(change.note()).isEmpty());

            assertThatThrownBy(() -> rights.erase(dominique.id(), admin, "erase-camille-0001"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
            assertThat(rights.erased(dominique.id())).isFalse();
            assertThatThrownBy(() -> rights.erase(camille.id(), admin, "another-request-01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already_erased"));
            assertThatThrownBy(() -> rights.erase(dominique.id(), admin, " "))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("idempotencyKey"));
            assertThat(rights.erase(dominique.id(), otherAdmin, "erase-camille-0001").person()).as("keys are the actor's own")
                    .isEqualTo(dominique.id());
        }
    }
}
