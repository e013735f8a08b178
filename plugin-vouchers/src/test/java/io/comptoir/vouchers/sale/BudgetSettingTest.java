package io.comptoir.vouchers.sale;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.ledger.LedgerProbe;
import io.comptoir.vouchers.api.BudgetStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A programme's budget is set to an amount, higher or lower, the ledger recording each change; never below what is committed. */
final class BudgetSettingTest {

    @EachDatabase
    void aBudgetSetLowerIsWithdrawnFromTheFundersInTheLedgerAndBoostedSalesStopAtIt(TestDatabase db) throws SQLException {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(1000), Map.of())) {
            market.sellBooster(2);

            BudgetStatus lowered = market.programmes().setBudget(market.booster.id(), Money.euros(600), "budget-lower-0001", Market.ADMIN_ACTOR);

            assertThat(lowered.granted()).isEqualTo(Money.euros(600));
            assertThat(lowered.committed()).isEqualTo(Money.euros(400));
            assertThat(market.programmes().setBudget(market.booster.id(), Money.euros(600), "budget-lower-0001", Market.ADMIN_ACTOR))
                    .as("a retry answers the same").isEqualTo(lowered);
            assertThatThrownBy(() -> market.programmes().setBudget(market.booster.id(), Money.euros(100), "budget-lower-0001", Market.ADMIN_ACTOR))
                    .as("the same key moves the budget once").isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("idempotency_key_reused"));
            assertThat(count(db, "SELECT COUNT(*) FROM voucher_ledger_transaction WHERE kind = 'BUDGET_CUT'")).isEqualTo(1);
            assertThat(market.audit().problems()).isEmpty();
            market.sellBooster(1);
            assertThatThrownBy(() -> market.sellBooster(1)).as("6 € cover three top-ups of 2 €").isInstanceOf(ConflictException.class);
        }
    }

    @EachDatabase
    void aBudgetSetHigherIsGrantedAndOneBelowTheCommittedSubsidyIsRefused(TestDatabase db) {
        try (Market market = new Market(db, LedgerProbe.NONE, Money.euros(1000), Map.of())) {
            market.sellBooster(3);

            assertThatThrownBy(() -> market.programmes().setBudget(market.booster.id(), Money.euros(500), "budget-too-low-0001", Market.ADMIN_ACTOR))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("budget_below_committed"));
            assertThatThrownBy(() -> market.programmes().setBudget(market.booster.id(), Money.euros(-1), "budget-negative-0001", Market.ADMIN_ACTOR))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("amount"));

            assertThat(market.programmes().setBudget(market.booster.id(), Money.euros(600), "budget-exactly-committed", Market.ADMIN_ACTOR).remaining())
                    .isEqualTo(Money.euros(0));
            assertThat(market.programmes().setBudget(market.booster.id(), Money.euros(5000), "budget-raise-0001", Market.ADMIN_ACTOR).granted())
                    .isEqualTo(Money.euros(5000));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
