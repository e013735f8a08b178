package io.comptoir.vouchers.privacy;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.privacy.PersonalDataExport;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Sale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vouchers' part of a person's rights, through the engine's seam: the sales bought with the person's e-mail at a point
 * of sale are in their export, and the erasure of their account clears the e-mail of those sales only, keeping the
 * sales and every ledger entry.
 */
final class VoucherPersonalDataTest {

    private static String single(TestDatabase db, String sql, long id) throws SQLException {
        try (Connection connection = db.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "no row";
            }
        }
    }

    @EachDatabase
    void aBuyersSalesAreInTheirExportAndTheirEmailGoesWithTheirAccountWhileTheBooksStay(TestDatabase db) throws SQLException {
        try (Market market = new Market(db)) {
            Account camille = market.account("Camille Acheteuse");
            long face = market.gift.denominations().get(0).face().minorUnits();
            Sale bought = market.sellGift(face, Optional.of(camille.email()));
            Sale other = market.sellGift(face, Optional.of("quelqu.un@example.org"));

            PersonalDataExport export = market.engine.privacy().export(camille.id(), Actor.account(camille.id().value()));
            List<Map<String, Object>> section = export.sections().get(VoucherPersonalData.SECTION);
            assertThat(section).filteredOn(record -> "voucher_bought".equals(record.get("kind"))).singleElement().satisfies(record -> {
                assertThat(record.get("saleId")).isEqualTo(bought.id());
                assertThat(record.get("buyerEmail")).isEqualTo(camille.email());
                assertThat(record.get("unitFace")).isEqualTo(Map.of("amount", face, "currency", "EUR"));
            });
            String entries = single(db, "SELECT COUNT(*) FROM voucher_ledger_entry WHERE ? > 0", 1);

            market.engine.privacy().erase(camille.id(), Market.ADMIN_ACTOR);

            assertThat(single(db, "SELECT buyer_email FROM voucher_sale WHERE id = ?", bought.id())).isNull();
            assertThat(single(db, "SELECT status FROM voucher_sale WHERE id = ?", bought.id())).isEqualTo("COMPLETED");
            assertThat(single(db, "SELECT buyer_email FROM voucher_sale WHERE id = ?", other.id())).isEqualTo("quelqu.un@example.org");
            assertThat(single(db, "SELECT COUNT(*) FROM voucher_ledger_entry WHERE ? > 0", 1)).as("the books stay").isEqualTo(entries);
        }
    }

    @EachDatabase
    void pastTheRetentionPeriodTheBuyersEmailLeavesTheSaleAndTheBooksStay(TestDatabase db) throws SQLException {
        try (Market market = new Market(db)) {
            long face = market.gift.denominations().get(0).face().minorUnits();
            Sale old = market.sellGift(face, Optional.of("quelqu.un@example.org"));
            market.clock.advance(Duration.ofDays(400));
            Sale recent = market.sellGift(face, Optional.of("une.autre@example.org"));
            String entries = single(db, "SELECT COUNT(*) FROM voucher_ledger_entry WHERE ? > 0", 1);
            Period retention = market.engine.privacy().retention();
            int heldByEmail = Integer.parseInt(single(db, "SELECT COUNT(*) FROM voucher WHERE sale_id = ? AND holder_email IS NOT NULL", old.id()));

            market.clock.set(Market.START.plus(Duration.ofDays(370)).atZone(java.time.ZoneOffset.UTC).plus(retention).toInstant());
            assertThat(market.engine.purgePastRetention().counts()).containsEntry(VoucherPersonalData.SECTION, 1 + heldByEmail);

            assertThat(single(db, "SELECT buyer_email FROM voucher_sale WHERE id = ?", old.id())).isNull();
            assertThat(single(db, "SELECT COUNT(*) FROM voucher WHERE sale_id = ? AND holder_email IS NOT NULL", old.id())).isEqualTo("0");
            assertThat(single(db, "SELECT buyer_email FROM voucher_sale WHERE id = ?", recent.id())).isEqualTo("une.autre@example.org");
            assertThat(single(db, "SELECT status FROM voucher_sale WHERE id = ?", old.id())).isEqualTo("COMPLETED");
            assertThat(single(db, "SELECT COUNT(*) FROM voucher_ledger_entry WHERE ? > 0", 1)).as("the books stay").isEqualTo(entries);
            assertThat(market.engine.purgePastRetention().counts()).as("done once").containsEntry(VoucherPersonalData.SECTION, 0);
        }
    }
}
