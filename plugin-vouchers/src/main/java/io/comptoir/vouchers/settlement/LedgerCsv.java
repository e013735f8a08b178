package io.comptoir.vouchers.settlement;

import io.comptoir.plugin.kit.Instants;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.VoucherCode;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Ledger transactions as CSV for a public accountant (French conventions: {@code ;} separators, decimal commas, UTF-8,
 * local times of the marketplace's zone), one line per transaction:
 * <pre>
 * transaction;date;kind;reference;voucher;amount;currency;debits;credits;reverses
 * 812;2026-11-27 14:03:12;SALE;sale 311;****-****-*MFA-C;12,00;EUR;BUYER_MONEY:3:1=10,00|BUDGET:1:0=2,00;VOUCHER:95:0=10,00|...;
 * </pre>
 * {@code amount} is the transaction's total debits (= total credits); {@code debits} and {@code credits} list every entry
 * as {@code KIND:owner:part=amount} (the account scheme is in the README); {@code reverses} names the transaction a
 * reversal undoes. Voucher codes are masked.
 */
public final class LedgerCsv {
    public static final String HEADER = "transaction;date;kind;reference;voucher;amount;currency;debits;credits;reverses";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private LedgerCsv() {
    }

    /**
     * Writes the transactions chosen by {@code where} (a condition on the transaction alias {@code t}, with its bindings).
     */
    static void write(Handle handle, MarketCalendar calendar, String currencyCode, String where,
            java.util.function.Consumer<org.jdbi.v3.core.statement.Query> binder,
                      Appendable out) {
        Currency currency = Currency.getInstance(currencyCode);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        org.jdbi.v3.core.statement.Query query = handle.createQuery("""
                SELECT t.id, t.kind, t.reference, t.reverses_id, t.occurred_at, v.code, e.account_kind, e.owner_id, e.part_id, e.amount
                FROM voucher_ledger_transaction t
                JOIN voucher_ledger_entry e ON e.transaction_id = t.id
                LEFT JOIN voucher v ON v.id = t.voucher_id
                WHERE\s""" + where + " ORDER BY t.id, e.line");
        binder.accept(query);
        Line[] current = {null};
        query.setFetchSize(1000).map((rs, ctx) -> {
            long id = rs.getLong("id");
            if (current[0] == null || current[0].id != id) {
                if (current[0] != null) {
                    current[0].appendTo(csv, currency);
                    if (csv.length() > 64 * 1024) {
                        flush(csv, out);
                    }
                }
                Instant at = Instants.read(rs, "occurred_at");
                String code = rs.getString("code");
                Object reverses = rs.getObject("reverses_id");
                current[0] = new Line(id, TIME.format(at.atZone(calendar.zone())), rs.getString("kind"), rs.getString("reference"),
                        code == null ? "" : VoucherCode.of(code).masked(), reverses == null ? "" : reverses.toString(), currency);
            }
            long amount = rs.getLong("amount");
            String account = rs.getString("account_kind") + ":" + rs.getLong("owner_id") + ":" + rs.getLong("part_id");
            current[0].add(account, amount);
            return id;
        }).forEach(id -> {
        });
        if (current[0] != null) {
            current[0].appendTo(csv, currency);
        }
        flush(csv, out);
    }

    private static void flush(StringBuilder csv, Appendable out) {
        try {
            out.append(csv);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the CSV export", e);
        }
        csv.setLength(0);
    }

    private static final class Line {
        final long id;
        final String date;
        final String kind;
        final String reference;
        final String voucher;
        final String reverses;
        final Currency currency;
        final StringBuilder debits = new StringBuilder();
        final StringBuilder credits = new StringBuilder();
        long total;

        Line(long id, String date, String kind, String reference, String voucher, String reverses, Currency currency) {
            this.currency = currency;
            this.id = id;
            this.date = date;
            this.kind = kind;
            this.reference = reference;
            this.voucher = voucher;
            this.reverses = reverses;
        }

        void add(String account, long amount) {
            StringBuilder side = amount > 0 ? debits : credits;
            if (!side.isEmpty()) {
                side.append('|');
            }
            side.append(account).append('=').append(decimal(Math.abs(amount), currency));
            if (amount > 0) {
                total += amount;
            }
        }

        void appendTo(StringBuilder csv, Currency currency) {
            csv.append(id).append(';').append(date).append(';').append(kind).append(';').append(field(reference)).append(';')
                    .append(voucher).append(';').append(decimal(total, currency)).append(';').append(currency.getCurrencyCode()).append(';')
                    .append(debits).append(';').append(credits).append(';').append(reverses).append('\n');
        }
    }

    static String decimal(long minorUnits, Currency currency) {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()).toPlainString().replace('.', ',');
    }

    static String field(String text) {
        if (text.contains(";") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
