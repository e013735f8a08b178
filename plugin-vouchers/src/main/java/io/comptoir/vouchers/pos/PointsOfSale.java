package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;

import java.util.List;
import java.util.Optional;

/** The network of points of sale and their operators. */
public interface PointsOfSale {

    /**
     * @throws InvalidInputException naming the field (an unknown commune, a blank name)
     * @throws ConflictException {@code point_of_sale_exists} when the name is taken
     */
    PointOfSale create(PointOfSaleDraft draft, Actor actor);

    PointOfSale update(long id, PointOfSaleDraft draft, Actor actor);

    Optional<PointOfSale> pointOfSale(long id);

    /** @throws NotFoundException for an unknown point of sale */
    default PointOfSale require(long id) {
        return pointOfSale(id).orElseThrow(() -> NotFoundException.of("point_of_sale", id));
    }

    /** All points of sale, by name. */
    List<PointOfSale> all();

    /** Lets an account sell at the point of sale (grants it the role scoped to the point of sale). */
    Account addOperator(long pointOfSaleId, AccountId account, Actor actor);

    Account removeOperator(long pointOfSaleId, AccountId account, Actor actor);

    /** The accounts that sell at the point of sale. */
    List<Account> operators(long pointOfSaleId);
}
