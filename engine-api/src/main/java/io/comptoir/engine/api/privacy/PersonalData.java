package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.account.AccountId;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a plugin keeps about a person, for the person's rights (RGPD articles 15, 17 and 20): its part of the person's
 * data export, and the anonymising of its records when the person's account is erased. Registered with
 * {@link io.comptoir.engine.api.plugin.PluginContext#registerPersonalData}; the engine calls every registered one, so the
 * application that offers the export and the erasure never names the plugin.
 *
 * <p>Both calls run inside the engine's transaction: an erasure is the account's, the orders' and every plugin's
 * anonymising together, or nothing.
 *
 * <p>Records the books keep (sales, ledger entries) outlive their retention period only without their personal fields: the
 * engine's retention job calls {@link #anonymiseBefore} for what is older than the period, whether or not the person
 * erased their account.
 */
public interface PersonalData {

    /** The name of the plugin's section of an export, lower case, e.g. {@code vouchers}. */
    String section();

    /**
     * The person's records the plugin holds, as values a JSON writer takes as they are: maps with text keys, lists,
     * text, numbers, booleans, {@code null}. Amounts in minor units with their currency, instants as ISO-8601 text.
     *
     * @param email the account's e-mail, for records the plugin keeps by address rather than by account
     */
    List<Map<String, Object>> export(AccountId person, String email, Connection transaction) throws Exception;

    /**
     * Replaces the person's personal fields in the plugin's records (name, e-mail, phone, address) while keeping what
     * the books need (amounts, dates, ledger entries, the account id): the account is being erased in this transaction.
     * Throwing rolls the whole erasure back.
     *
     * @param email the account's e-mail before the erasure
     */
    void erase(AccountId person, String email, Connection transaction) throws Exception;

    /**
     * Replaces the personal fields (as {@link #erase} does) of at most {@code limit} of the plugin's records dated before
     * {@code cutoff} that still hold them, and says how many it anonymised: the engine's retention job calls it in a
     * transaction of its own, again and again until it answers fewer than {@code limit}. What "dated" means is the
     * plugin's to say: the sale, the ledger entry, the last change of the record.
     *
     * <p>Several nodes may run it at once: select the records with {@code FOR UPDATE SKIP LOCKED} (both databases have it)
     * and update only those still holding personal data, so that no record is counted twice and no two calls wait on each
     * other. The default keeps everything (a plugin written before retention was asked of it).
     *
     * @param cutoff the end of the retention period: records dated before it are past it
     * @return how many records it anonymised, at most {@code limit}
     */
    default int anonymiseBefore(Instant cutoff, int limit, Connection transaction) throws Exception {
        return 0;
    }
}
