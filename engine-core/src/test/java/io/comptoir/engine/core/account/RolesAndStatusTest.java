package io.comptoir.engine.core.account;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.AuthenticationException;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.PluginRoles;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static io.comptoir.engine.core.account.AccountTests.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class RolesAndStatusTest {
    private static final Actor ADMIN = Actor.account(1);

    @EachDatabase
    void grantedRolesAddUpAndGrantingOrRevokingTwiceChangesNothing(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant other = fixtures.liveMerchant("Fromagerie Leroy", SAINT_OMER);
            AccountId id = AccountTests.claire(engine).id();

            engine.accounts().grant(id, RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), ADMIN);
            engine.accounts().grant(id, RoleGrant.of(Role.MERCHANT_STAFF, other.id().value()), ADMIN);
            engine.accounts().grant(id, RoleGrant.of(PluginRoles.TRAINER), ADMIN);
            Account account = engine.accounts().grant(id, RoleGrant.of(PluginRoles.TRAINER), ADMIN);

            assertThat(account.grants()).containsExactlyInAnyOrder(RoleGrant.of(Role.SHOPPER), RoleGrant.of(PluginRoles.TRAINER),
                    RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), RoleGrant.of(Role.MERCHANT_STAFF, other.id().value()));
            assertThat(account.isStaffOf(shop.id().value())).isTrue();

            account = engine.accounts().revoke(id, RoleGrant.of(Role.MERCHANT_STAFF, other.id().value()), ADMIN);
            assertThat(engine.accounts().revoke(id, RoleGrant.of(Role.MERCHANT_STAFF, other.id().value()), ADMIN)).isEqualTo(account);
            assertThat(account.scopesOf(Role.MERCHANT_STAFF)).containsExactly(shop.id().value());
            assertThat(eventTypes(db)).containsExactly("account.registered", "account.role_granted", "account.role_granted",
                    "account.role_granted", "account.role_revoked");
        }
    }

    @EachDatabase
    void aShopRoleMustNameAnExistingShopAndAPluginsScopedRoleWhatItsPluginKnows(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();

            assertThatThrownBy(() -> engine.accounts().grant(id, RoleGrant.of(Role.MERCHANT_STAFF, 4242), ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("scope"));
            assertThatThrownBy(() -> engine.accounts().grant(id, RoleGrant.of(PluginRoles.POINT_OF_SALE, PluginRoles.POINTS_OF_SALE + 1), ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("scope");
                        assertThat(e.code()).isEqualTo("invalid_scope");
                    });
            assertThat(engine.accounts().account(id).orElseThrow().grants()).containsExactly(RoleGrant.of(Role.SHOPPER));
            assertThat(eventTypes(db)).containsExactly("account.registered");
            assertThat(engine.accounts().grant(id, RoleGrant.of(PluginRoles.POINT_OF_SALE, 7), ADMIN).scopesOf(PluginRoles.POINT_OF_SALE)).containsExactly(7L);
        }
    }

    @org.junit.jupiter.api.Test
    void onlyAScopedRoleHasAScopeToCheck() {
        RoleCatalogue roles = new RoleCatalogue();
        assertThatThrownBy(() -> roles.register(PluginRoles.TRAINER, id -> true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(roles.knows(PluginRoles.TRAINER)).isFalse();
        roles.register(PluginRoles.POINT_OF_SALE, id -> id == 1);
        assertThat(roles.scopeCheck(PluginRoles.POINT_OF_SALE).orElseThrow().test(2)).isFalse();
        assertThat(roles.scopeCheck(Role.MERCHANT_STAFF)).isEmpty();
    }

    @EachDatabase
    void theShopperRoleCannotBeTakenAwayAndUnknownAccountsAreNotFound(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();

            assertThatThrownBy(() -> engine.accounts().revoke(id, RoleGrant.of(Role.SHOPPER), ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).contains("role");
                        assertThat(e.code()).isEqualTo("role_not_revocable");
                    });
            AccountId unknown = new AccountId(id.value() + 1000);
            assertThatThrownBy(() -> engine.accounts().grant(unknown, RoleGrant.of(PluginRoles.TRAINER), ADMIN)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> engine.accounts().revoke(unknown, RoleGrant.of(PluginRoles.TRAINER), ADMIN)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> engine.accounts().setActive(unknown, false, ADMIN)).isInstanceOf(NotFoundException.class);
            assertThat(engine.accounts().account(unknown)).isEmpty();
        }
    }

    @EachDatabase
    void countByRoleCountsActiveAccountsForEveryRole(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant other = fixtures.liveMerchant("Fromagerie Leroy", SAINT_OMER);
            AccountId claire = AccountTests.claire(engine).id();
            AccountId paul = engine.accounts().register("paul@example.org", PASSWORD, "Paul").id();
            AccountId lea = engine.accounts().register("lea@example.org", PASSWORD, "Léa").id();
            engine.accounts().grant(claire, RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), ADMIN);
            engine.accounts().grant(claire, RoleGrant.of(Role.MERCHANT_STAFF, other.id().value()), ADMIN);
            engine.accounts().grant(paul, RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
            engine.accounts().grant(lea, RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
            engine.accounts().setActive(lea, false, ADMIN);

            assertThat(engine.accounts().countByRole()).containsOnlyKeys(engine.accounts().roles())
                    .containsEntry(Role.SHOPPER, 2).containsEntry(Role.MERCHANT_STAFF, 1).containsEntry(Role.TERRITORY_ADMIN, 1)
                    .containsEntry(PluginRoles.TRAINER, 0).containsEntry(PluginRoles.POINT_OF_SALE, 0);
        }
    }

    @EachDatabase
    void findListsNewestFirstFilteredByRoleAndEmailText(TestDatabase db) {
        MovableClock clock = new MovableClock(Fixtures.START);
        try (Engine engine = AccountTests.engine(db, clock)) {
            Account claire = AccountTests.claire(engine);
            clock.advance(Duration.ofMinutes(1));
            Account paul = engine.accounts().register("paul_dupont@example.org", PASSWORD, "Paul");
            clock.advance(Duration.ofMinutes(1));
            Account lea = engine.accounts().register("lea@mairie.example.fr", PASSWORD, "Léa");
            paul = engine.accounts().grant(paul.id(), RoleGrant.of(PluginRoles.TRAINER), ADMIN);

            assertThat(engine.accounts().find(AccountFilter.all())).containsExactly(lea, paul, claire);
            assertThat(engine.accounts().find(AccountFilter.all().page(1, 1))).containsExactly(paul);
            assertThat(engine.accounts().find(AccountFilter.all().withRole(PluginRoles.TRAINER))).containsExactly(paul);
            AccountFilter exampleOrg = new AccountFilter(Optional.empty(), Optional.of("EXAMPLE.ORG"), 0, 10);
            assertThat(engine.accounts().find(exampleOrg)).containsExactly(paul, claire);
            assertThat(engine.accounts().count(exampleOrg)).isEqualTo(2);
            AccountFilter underscore = new AccountFilter(Optional.empty(), Optional.of("_"), 0, 10);
            assertThat(engine.accounts().find(underscore)).as("_ is a character, not a wildcard").containsExactly(paul);
            assertThat(engine.accounts().count(new AccountFilter(Optional.of(PluginRoles.TRAINER), Optional.of("claire"), 0, 10))).isZero();
        }
    }

    @EachDatabase
    void closingAnAccountEndsItsSessionsAndBlocksSignInUntilItIsReopened(TestDatabase db) {
        try (Engine engine = AccountTests.engine(db, new MovableClock(Fixtures.START))) {
            AccountId id = AccountTests.claire(engine).id();
            Session session = engine.sessions().open(id);

            Account closed = engine.accounts().setActive(id, false, ADMIN);

            assertThat(closed.active()).isFalse();
            assertThat(engine.sessions().resolve(session.token())).isEmpty();
            assertThatThrownBy(() -> engine.accounts().authenticate("claire.martin@example.org", PASSWORD, "192.0.2.1"))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
            assertThatThrownBy(() -> engine.sessions().open(id))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("account_closed"));

            assertThat(engine.accounts().setActive(id, true, ADMIN).active()).isTrue();
            assertThat(engine.sessions().resolve(session.token())).as("a closed session stays closed").isEmpty();
            assertThat(engine.accounts().authenticate("claire.martin@example.org", PASSWORD, "192.0.2.1").id()).isEqualTo(id);
            assertThat(eventTypes(db)).containsExactly("account.registered", "account.closed", "account.reopened");
        }
    }

    static List<String> eventTypes(TestDatabase db) {
        return AccountTests.jdbi(db).withHandle(handle -> handle.createQuery("SELECT type FROM domain_event WHERE aggregate_type = 'account' ORDER BY id")
                .mapTo(String.class).list());
    }
}
