package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.VoucherRoles;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Removing an operator from a point of sale takes the scoped role away; removing someone who is not one there is a 404. */
final class OperatorRemovalTest {

    @EachDatabase
    void anOperatorIsRemovedOnceThenIsNotFound(TestDatabase db) {
        try (Market market = new Market(db)) {
            Account removed = market.pointsOfSale().removeOperator(market.tobacconist.id(), market.tobacconistOperator.id(), Market.ADMIN_ACTOR);

            assertThat(removed.scopesOf(VoucherRoles.POINT_OF_SALE)).isEmpty();
            assertThat(market.pointsOfSale().operators(market.tobacconist.id())).isEmpty();
            notFound(() -> market.pointsOfSale().removeOperator(market.tobacconist.id(), market.tobacconistOperator.id(), Market.ADMIN_ACTOR));
        }
    }

    @EachDatabase
    void someoneWhoDoesNotSellThereIsNotFoundAndKeepsTheirRoles(TestDatabase db) {
        try (Market market = new Market(db)) {
            Account shopper = market.account("Curieux");

            notFound(() -> market.pointsOfSale().removeOperator(market.tobacconist.id(), shopper.id(), Market.ADMIN_ACTOR));
            notFound(() -> market.pointsOfSale().removeOperator(market.tobacconist.id(), market.newsagentOperator.id(), Market.ADMIN_ACTOR));
            notFound(() -> market.pointsOfSale().removeOperator(market.tobacconist.id(), new AccountId(999_999), Market.ADMIN_ACTOR));
            notFound(() -> market.pointsOfSale().removeOperator(999_999, market.tobacconistOperator.id(), Market.ADMIN_ACTOR));

            assertThat(market.engine.accounts().account(market.newsagentOperator.id()).orElseThrow().scopesOf(VoucherRoles.POINT_OF_SALE))
                    .containsExactly(market.newsagent.id());
            assertThat(market.pointsOfSale().operators(market.tobacconist.id())).extracting(Account::id)
                    .containsExactly(market.tobacconistOperator.id());
        }
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }
}
