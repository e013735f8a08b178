package io.comptoir.vouchers.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.Optional;

/**
 * Vouchers sold on the marketplace: the territory's "voucher shop" is an ordinary merchant whose products are the
 * programmes (one per programme, one variant per denomination at its price). Its orders are accepted automatically
 * once the vouchers are reserved, the card is captured, and the vouchers go to the buyer's wallet and mailbox.
 */
public interface OnlineVoucherShop {

    /**
     * Makes an existing merchant the voucher shop. It never takes vouchers itself.
     *
     * @throws NotFoundException for an unknown merchant
     */
    void designate(MerchantId shop, Actor actor);

    Optional<MerchantId> shop();

    /**
     * Creates or updates the programme's product in the voucher shop, one variant per denomination on sale.
     *
     * @throws ConflictException {@code no_voucher_shop}, or {@code not_on_sale} when the programme is not sold online
     */
    Product publish(long programmeId, CategoryId category, Actor actor);

    /** The programme and denomination a variant of the voucher shop sells. */
    Optional<OnlineDenomination> denominationOf(VariantId variant);

    /** A denomination sold online. */
    record OnlineDenomination(long programmeId, long denominationId) {
    }
}
