package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.Iban;
import io.comptoir.engine.api.merchant.Merchant;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/banque}: where the shop is paid. Once saved, the IBAN is only ever shown
 * masked ({@code FR76 •••• •••• 0189}), on the page as in the API; replacing it means typing it again.
 */
final class BankPage {
    private final MerchantBackOffice office;
    private final Marketplace marketplace;

    BankPage(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String path = ShopPaths.ROOT + "/{merchantId}/banque";
        routes.get(path, this::form, MerchantBackOffice.STAFF);
        routes.post(path, this::save, MerchantBackOffice.STAFF);
    }

    private void form(Context ctx) {
        Merchant shop = office.shop(ctx);
        Optional<BankAccount> account = marketplace.merchants().payoutAccount(shop.id());
        render(ctx, shop, account, account.map(BankAccount::holder).orElse(""), "", account.map(BankAccount::bic).orElse(""), Notice.none(), 200);
    }

    private void save(Context ctx) {
        Merchant shop = office.shop(ctx);
        FormParams form = new FormParams(ctx);
        String holder = form.raw("holder");
        String iban = form.raw("iban");
        String bic = form.raw("bic");
        try {
            if (holder.length() > 140) {
                throw new InvalidInputException("holder", "invalid_holder", "at most 140 characters");
            }
            if (iban.length() > 60) {
                throw new InvalidInputException("iban", "invalid_iban", "not a valid IBAN");
            }
            if (bic.length() > 20) {
                throw new InvalidInputException("bic", "invalid_bic", "a BIC has 8 or 11 letters and digits");
            }
            marketplace.merchants().updatePayoutAccount(shop.id(), new BankAccount(holder, iban, bic), Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.bank(shop.id()), "bank-saved");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, marketplace.merchants().payoutAccount(shop.id()), holder, iban, bic,
                    Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
    }

    private void render(Context ctx, Merchant shop, Optional<BankAccount> saved, String holder, String iban, String bic,
                        Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.BANK).withNotice(notice);
        ctx.status(status);
        PageFactory.render(ctx, "merchant/bank.jte", new BankView(frame,
                saved.map(account -> new BankView.Saved(account.holder(), Iban.masked(account.iban()), account.bic())),
                holder, iban, bic, ShopPaths.bank(shop.id())));
    }
}
