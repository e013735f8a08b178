package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.support.Inputs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The {@link PointsOfSale}. */
public final class PointOfSaleService implements PointsOfSale {
    private final Database db;
    private final Clock clock;
    private final Territory territory;
    private final AccountDirectory accounts;
    private final Mailer mailer;

    public PointOfSaleService(Database db, Clock clock, Territory territory, AccountDirectory accounts, Mailer mailer) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.mailer = requireNonNull(mailer, "mailer is null");
    }

    @Override
    public PointOfSale create(PointOfSaleDraft draft, Actor actor) {
        requireNonNull(actor, "actor is null");
        PointOfSaleDraft clean = validate(draft);
        try {
            long id = db.inTransaction(handle -> handle.attach(PointOfSaleDao.class).insert(clean.name(), clean.address().street(),
                    clean.address().postalCode(), clean.address().communeInsee(), clean.phone(), clean.active(), clock.instant()));
            return require(id);
        }
        catch (RuntimeException e) {
            throw nameTaken(e, clean.name());
        }
    }

    @Override
    public PointOfSale update(long id, PointOfSaleDraft draft, Actor actor) {
        requireNonNull(actor, "actor is null");
        PointOfSaleDraft clean = validate(draft);
        try {
            int updated = db.inTransaction(handle -> handle.attach(PointOfSaleDao.class).update(id, clean.name(), clean.address().street(),
                    clean.address().postalCode(), clean.address().communeInsee(), clean.phone(), clean.active()));
            if (updated == 0) {
                throw NotFoundException.of("point_of_sale", id);
            }
            return require(id);
        }
        catch (RuntimeException e) {
            throw nameTaken(e, clean.name());
        }
    }

    private static RuntimeException nameTaken(RuntimeException e, String name) {
        return SqlErrors.isUniqueViolation(e) ? new ConflictException("point_of_sale_exists", "a point of sale is already called " + name) : e;
    }

    private PointOfSaleDraft validate(PointOfSaleDraft draft) {
        requireNonNull(draft, "draft is null");
        String name = Inputs.text("name", draft.name(), 1, 200);
        String street = Inputs.text("street", draft.address().street(), 1, 300);
        if (!draft.address().postalCode().matches("[0-9]{5}")) {
            throw InvalidInputException.invalid("postalCode", "a French postal code has 5 digits");
        }
        if (territory.commune(draft.address().communeInsee()).isEmpty()) {
            throw InvalidInputException.invalid("communeInsee", "no commune " + draft.address().communeInsee() + " in the territory");
        }
        String phone = Inputs.text("phone", draft.phone(), 0, 40);
        return new PointOfSaleDraft(name, new io.comptoir.engine.api.merchant.Address(street, draft.address().postalCode(),
                draft.address().communeInsee()), phone, draft.active());
    }

    @Override
    public Optional<PointOfSale> pointOfSale(long id) {
        return db.with(PointOfSaleDao.class, dao -> dao.find(id)).map(PointOfSaleRow::toPointOfSale);
    }

    @Override
    public List<PointOfSale> all() {
        return db.with(PointOfSaleDao.class, PointOfSaleDao::all).stream().map(PointOfSaleRow::toPointOfSale).toList();
    }

    @Override
    public Account addOperator(long pointOfSaleId, AccountId account, Actor actor) {
        require(pointOfSaleId);
        return accounts.grant(account, RoleGrant.of(VoucherRoles.POINT_OF_SALE, pointOfSaleId), actor);
    }

    @Override
    public Account inviteOperator(long pointOfSaleId, String email, String displayName, String passwordLinkPrefix, Actor actor) {
        requireNonNull(passwordLinkPrefix, "passwordLinkPrefix is null");
        requireNonNull(actor, "actor is null");
        PointOfSale pointOfSale = require(pointOfSaleId);
        // The engine checks the e-mail and the name (naming the field) and refuses a taken e-mail before storing anything.
        // Should the grant below fail (the database, not the input), the account exists without the role: adding it by its
        // e-mail with addOperator finishes the job.
        Account opened = accounts.register(email, OperatorInvitation.unusablePassword(), displayName);
        Account operator = accounts.grant(opened.id(), RoleGrant.of(VoucherRoles.POINT_OF_SALE, pointOfSaleId), actor);
        OperatorInvitation.send(mailer, OperatorInvitation.welcome(operator, pointOfSale));
        accounts.requestPasswordReset(operator.email(), passwordLinkPrefix);
        return operator;
    }

    @Override
    public Account removeOperator(long pointOfSaleId, AccountId account, Actor actor) {
        require(pointOfSaleId);
        RoleGrant operator = RoleGrant.of(VoucherRoles.POINT_OF_SALE, pointOfSaleId);
        // The engine's revoke does nothing, quietly, for a role the account does not hold.
        if (accounts.account(account).filter(found -> found.grants().contains(operator)).isEmpty()) {
            throw new NotFoundException("operator_not_found", "account " + account.value() + " is not an operator of point of sale "
                    + pointOfSaleId);
        }
        return accounts.revoke(account, operator, actor);
    }

    @Override
    public List<Account> operators(long pointOfSaleId) {
        List<Account> operators = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<Account> page = accounts.find(AccountFilter.all().withRole(VoucherRoles.POINT_OF_SALE).page(offset, 200));
            page.stream().filter(account -> account.scopesOf(VoucherRoles.POINT_OF_SALE).contains(pointOfSaleId)).forEach(operators::add);
            if (page.size() < 200) {
                return operators;
            }
            offset += 200;
        }
    }
}
