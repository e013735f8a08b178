package io.comptoir.vouchers.api;

import io.comptoir.engine.api.Actor;

/**
 * The plugin's periodic work, also reachable on demand (an admin's "run now", tests). The engine runs it as the jobs
 * {@code vouchers.expiry}, {@code vouchers.settlement} and {@code vouchers.stranded-holds}, on one node at a time.
 */
public interface VoucherJobs {

    /** Expires the vouchers past their deadline; returns how many. */
    int expireDue();

    /** Sends the reminders due (30 and 7 days before deadlines); returns how many mails were asked for. */
    int sendReminders();

    /** Issues the statements of every period that ended; returns how many periods. */
    int issueDueStatements(Actor actor);

    /**
     * Releases, by the reversal of their ledger transaction, the online holds that no payment of the engine owns any more and
     * that are older than a grace period left to the engine; returns how many.
     */
    int releaseStrandedHolds();
}
