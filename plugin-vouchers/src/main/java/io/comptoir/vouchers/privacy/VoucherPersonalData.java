package io.comptoir.vouchers.privacy;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.privacy.PersonalData;
import io.comptoir.plugin.kit.Jdbis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vouchers' part of a person's data: the vouchers they hold and the sales they bought, by account or by the e-mail
 * given at a point of sale. On erasure the buyer's e-mail and phone and the holder's e-mail go; the sales, the vouchers
 * and their ledger entries stay (they are the programme's books) with the account id, whose account is anonymised.
 * Past the retention period the same goes, whoever the person: from a sale older than it, and from a voucher whose last
 * change (its last ledger booking, its expiry) is.
 */
public final class VoucherPersonalData implements PersonalData {
    static final String SECTION = "vouchers";

    private static final String HELD = """
            SELECT v.code, p.name AS programme, v.face, v.balance, v.currency, v.status, v.origin, v.issued_at, v.expires_at
            FROM voucher v JOIN voucher_programme p ON p.id = v.programme_id
            WHERE v.holder_account_id = ? OR v.holder_email = ?
            ORDER BY v.id""";
    private static final String BOUGHT = """
            SELECT s.id, p.name AS programme, s.quantity, s.unit_face, s.unit_price, s.currency, s.channel, s.status,
                   s.buyer_email, s.buyer_phone, s.sold_at
            FROM voucher_sale s JOIN voucher_programme p ON p.id = s.programme_id
            WHERE s.buyer_account_id = ? OR s.buyer_email = ?
            ORDER BY s.id""";

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> export(AccountId person, String email, Connection transaction) throws SQLException {
        List<Map<String, Object>> records = new ArrayList<>();
        try (PreparedStatement held = byPerson(transaction, HELD, person, email); ResultSet rows = held.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> voucher = new LinkedHashMap<>();
                voucher.put("kind", "voucher_held");
                voucher.put("code", rows.getString("code"));
                voucher.put("programme", rows.getString("programme"));
                voucher.put("face", amount(rows.getLong("face"), rows.getString("currency")));
                voucher.put("balance", amount(rows.getLong("balance"), rows.getString("currency")));
                voucher.put("status", rows.getString("status"));
                voucher.put("origin", rows.getString("origin"));
                voucher.put("issuedAt", instant(rows.getTimestamp("issued_at")));
                voucher.put("expiresAt", instant(rows.getTimestamp("expires_at")));
                records.add(voucher);
            }
        }
        try (PreparedStatement bought = byPerson(transaction, BOUGHT, person, email); ResultSet rows = bought.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> sale = new LinkedHashMap<>();
                sale.put("kind", "voucher_bought");
                sale.put("saleId", rows.getLong("id"));
                sale.put("programme", rows.getString("programme"));
                sale.put("quantity", rows.getInt("quantity"));
                sale.put("unitFace", amount(rows.getLong("unit_face"), rows.getString("currency")));
                sale.put("unitPrice", amount(rows.getLong("unit_price"), rows.getString("currency")));
                sale.put("channel", rows.getString("channel"));
                sale.put("status", rows.getString("status"));
                sale.put("buyerEmail", rows.getString("buyer_email"));
                sale.put("buyerPhone", rows.getString("buyer_phone"));
                sale.put("soldAt", instant(rows.getTimestamp("sold_at")));
                records.add(sale);
            }
        }
        return records;
    }

    @Override
    public void erase(AccountId person, String email, Connection transaction) throws SQLException {
        try (PreparedStatement sales = byPerson(transaction,
                "UPDATE voucher_sale SET buyer_email = NULL, buyer_phone = NULL WHERE buyer_account_id = ? OR buyer_email = ?", person, email)) {
            sales.executeUpdate();
        }
        try (PreparedStatement held = byPerson(transaction,
                "UPDATE voucher SET holder_email = NULL WHERE holder_account_id = ? OR holder_email = ?", person, email)) {
            held.executeUpdate();
        }
    }

    @Override
    public int anonymiseBefore(Instant cutoff, int limit, Connection transaction) throws SQLException {
        int sales = anonymise(transaction, """
                SELECT id FROM voucher_sale WHERE sold_at < ? AND (buyer_email IS NOT NULL OR buyer_phone IS NOT NULL)
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                "UPDATE voucher_sale SET buyer_email = NULL, buyer_phone = NULL WHERE id = ? AND (buyer_email IS NOT NULL OR buyer_phone IS NOT NULL)",
                cutoff, limit);
        if (sales == limit) {
            return sales;
        }
        return sales + anonymise(transaction, """
                SELECT id FROM voucher WHERE updated_at < ? AND holder_email IS NOT NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                "UPDATE voucher SET holder_email = NULL WHERE id = ? AND holder_email IS NOT NULL", cutoff, limit - sales);
    }

    /** Locks a batch (skipping rows another node holds), then clears each row still holding personal data. */
    private static int anonymise(Connection transaction, String select, String update, Instant cutoff, int limit) throws SQLException {
        int anonymised = 0;
        try (PreparedStatement batch = transaction.prepareStatement(select); PreparedStatement clear = transaction.prepareStatement(update)) {
            batch.setObject(1, Jdbis.databaseTime(cutoff));
            batch.setInt(2, limit);
            try (ResultSet rows = batch.executeQuery()) {
                while (rows.next()) {
                    clear.setLong(1, rows.getLong(1));
                    anonymised += clear.executeUpdate();
                }
            }
        }
        return anonymised;
    }

    private static PreparedStatement byPerson(Connection transaction, String sql, AccountId person, String email) throws SQLException {
        PreparedStatement statement = transaction.prepareStatement(sql);
        statement.setLong(1, person.value());
        statement.setString(2, email);
        return statement;
    }

    private static Map<String, Object> amount(long minor, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", minor);
        money.put("currency", currency);
        return money;
    }

    private static String instant(Timestamp at) {
        return at == null ? null : at.toInstant().toString();
    }
}
