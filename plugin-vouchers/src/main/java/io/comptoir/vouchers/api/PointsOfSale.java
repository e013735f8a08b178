package io.comptoir.vouchers.api;

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
     * @throws InvalidInputException naming the field (an unknown commune, a blank name, a control character in a name,
     *         street or phone)
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

    /**
     * Opens an account for a new operator of the point of sale, with the point-of-sale role bound to it. Its password is
     * one nobody knows: the person gets a welcome mail, then the marketplace's own password link (the one "forgotten
     * password" sends: valid an hour, asked again from the sign-in page after that) to choose theirs. Bad input and a taken
     * e-mail store nothing.
     *
     * @param passwordLinkPrefix what the password token is appended to in the mail (the web layer's reset page)
     * @throws NotFoundException for an unknown point of sale
     * @throws InvalidInputException naming {@code email} or {@code displayName}
     * @throws ConflictException {@code email_taken} when an account already uses the e-mail: make that account an operator
     *         with {@link #addOperator} instead
     */
    Account inviteOperator(long pointOfSaleId, String email, String displayName, String passwordLinkPrefix, Actor actor);

    /**
     * Stops an account selling at the point of sale (takes the scoped role away).
     *
     * @throws NotFoundException for an unknown point of sale; {@code operator_not_found} for an account that is not an
     *         operator of this point of sale (unknown, or an operator of another one)
     */
    Account removeOperator(long pointOfSaleId, AccountId account, Actor actor);

    /** The accounts that sell at the point of sale. */
    List<Account> operators(long pointOfSaleId);
}
