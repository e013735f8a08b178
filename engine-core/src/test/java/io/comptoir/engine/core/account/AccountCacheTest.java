package io.comptoir.engine.core.account;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.PluginRoles;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.time.Duration;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Accounts are kept in memory (every signed-in request reads its own); a change shows on every node. */
final class AccountCacheTest {

    @EachDatabase
    void aRoleChangedOnOneNodeIsReadFreshThereAtOnceAndOnAnotherOnceItFollowedTheChanges(TestDatabase db) throws Exception {
        try (Engine first = Fixtures.engine(db, new RecordingSearchIndex());
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex())
                     .properties(Fixtures.CHEAP_PASSWORDS).plugin(new PluginRoles()).build()) {
            second.awaitSearchReady(Duration.ofSeconds(30));
            Account camille = first.accounts().register("camille@example.org", "correct horse battery", "Camille");
            // both nodes have read (and kept) the account as it is
            assertThat(first.accounts().account(camille.id()).orElseThrow().grants()).containsExactly(RoleGrant.of(Role.SHOPPER));
            assertThat(second.accounts().account(camille.id()).orElseThrow().grants()).containsExactly(RoleGrant.of(Role.SHOPPER));

            first.accounts().grant(camille.id(), RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
            first.accounts().revoke(camille.id(), RoleGrant.of(Role.TERRITORY_ADMIN), ADMIN);
            first.accounts().grant(camille.id(), RoleGrant.of(PluginRoles.POINT_OF_SALE, 7), ADMIN);

            assertThat(first.accounts().account(camille.id()).orElseThrow().grants()).as("the node that wrote")
                    .containsExactlyInAnyOrder(RoleGrant.of(Role.SHOPPER), RoleGrant.of(PluginRoles.POINT_OF_SALE, 7));
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(second.accounts().account(camille.id()).orElseThrow().grants()).as("the other node, after its poll")
                            .containsExactlyInAnyOrder(RoleGrant.of(Role.SHOPPER), RoleGrant.of(PluginRoles.POINT_OF_SALE, 7)));

            first.accounts().setActive(camille.id(), false, ADMIN);
            assertThat(first.accounts().account(camille.id()).orElseThrow().active()).isFalse();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(second.accounts().account(camille.id()).orElseThrow().active()).as("closed on the other node too").isFalse());
        }
    }
}
