package io.comptoir.vouchers.api;

import io.comptoir.engine.api.Actor;

import java.io.InputStream;

/**
 * Loads a territory's voucher seeds ({@code vouchers.json}: funders, programmes, points of sale and their operators,
 * the voucher shop) through the plugin's services, so that they pass the same rules as any other write.
 */
public interface VoucherSeeds {

    /** What a load brought in. */
    record Summary(int funders, int programmes, int pointsOfSale, int operators, int optedOut) {
    }

    /** Whether voucher seeds can be loaded: no programme exists yet. */
    boolean isEmpty();

    /**
     * Loads the file into a marketplace without programmes.
     *
     * @param operatorPassword the password of the point-of-sale operators' accounts the seeds open
     */
    Summary load(InputStream vouchersJson, String operatorPassword, Actor actor);
}
