package io.comptoir.app.account;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;

import java.util.List;

/**
 * Shoppers' accounts: registration, sign-in and out, forgotten passwords (handled in the background), the account page,
 * the rights over one's data (its download, the account's erasure, the privacy page), and their API ({@code /api/v1/auth}).
 */
public final class AccountFeature implements WebFeature {
    private PasswordResetRequests passwordResets;

    @Override
    public String name() {
        return "account";
    }

    @Override
    public List<SiteLink> siteLinks() {
        return List.of(SiteLink.menu(40, "nav.account", "/mon-compte").shownTo(SiteLink.Audience.SIGNED_IN).currentUnder("/mon-compte", "/mes-commandes"),
                SiteLink.menu(40, "nav.signIn", "/connexion").shownTo(SiteLink.Audience.SIGNED_OUT),
                SiteLink.footer(90, "footer.privacy", PrivacyPages.PRIVACY));
    }

    @Override
    public List<String> csrfExempt() {
        return List.of(AccountsApi.ROOT + "/login", AccountsApi.ROOT + "/register", AccountsApi.ROOT + "/password-reset",
                AccountsApi.ROOT + "/password-reset/confirm");
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new AccountsApiSection(), new PrivacyApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        // Started here, stopped by close(); if the application fails to start, its idle daemon thread is all that is left.
        passwordResets = new PasswordResetRequests(context.marketplace().accounts(), context.metrics().registry());
        SignIns signIns = new SignIns(context.marketplace().accounts(), context.marketplace().sessions(), context.authentication(), context.carts());
        new AccountPages(context.marketplace().accounts(), context.authentication(), signIns, context.resetLinks(), passwordResets, context.pages())
                .register(routes);
        new PrivacyPages(context.marketplace().privacy(), context.authentication(), context.pages()).register(routes);
        new AccountsApi(context.marketplace().accounts(), context.authentication(), signIns, context.resetLinks(), passwordResets).register(routes);
        new PrivacyApi(context.marketplace().privacy(), context.authentication()).register(routes);
    }

    @Override
    public void close() {
        if (passwordResets != null) {
            passwordResets.close();
        }
    }
}
