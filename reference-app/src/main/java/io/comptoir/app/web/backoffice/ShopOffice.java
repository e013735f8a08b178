package io.comptoir.app.web.backoffice;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.javalin.http.Context;

import static java.util.Objects.requireNonNull;

/**
 * What the pages of a shop's back-office ({@code /espace-commercant/{merchantId}/...}) share, whichever feature adds
 * them: the shop named by the address (checked), and the shop's frame with the feature's navigation entry lit.
 */
public abstract class ShopOffice {
    private final PageFactory pages;
    private final BackOffices backOffices;
    private final MerchantDirectory merchants;

    protected ShopOffice(PageFactory pages, BackOffices backOffices, MerchantDirectory merchants) {
        this.pages = requireNonNull(pages, "pages is null");
        this.backOffices = requireNonNull(backOffices, "backOffices is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    public Page page(Context ctx) {
        return pages.page(ctx);
    }

    /** The shop named by the address, after checking the account works for it: 403 otherwise, 404 when unknown. */
    public Merchant shop(Context ctx) {
        return ShopAccess.shop(ctx, merchants);
    }

    /** The frame of a shop's page, with the navigation entry {@code current} lit and the notice of the action that led here. */
    public BackOfficeFrame frame(Context ctx, Merchant shop, String current) {
        return backOffices.frame(ctx, current, shop.id().value());
    }

    /** After a change: back to a page of the back-office, saying what was done. */
    public static void redirectDone(Context ctx, String path, String flash) {
        AfterChange.redirect(ctx, path, flash);
    }
}
