package io.comptoir.app.identity;

import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.territory.LegalPage;
import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;

import java.util.Arrays;
import java.util.List;

/**
 * The territory's identity on the site, from its folder: its colours' style sheet, logo and hero picture, its legal
 * pages (linked from every page's footer) and {@code /api/v1/territory}, which also says what the back-office set over
 * the folder (home texts, featured shops, contact).
 */
public final class IdentityFeature implements WebFeature {

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public List<SiteLink> siteLinks() {
        LegalPage.Kind[] kinds = LegalPage.Kind.values();
        return Arrays.stream(kinds).map(kind -> SiteLink.footer(100 + kind.ordinal(), LegalPages.labelKey(kind), "/" + kind.slug())).toList();
    }

    @Override
    public List<OpenApiSection> openApi() {
        return List.of(new IdentityApiSection());
    }

    @Override
    public void register(RoutesConfig routes, FeatureContext context) {
        new TerritoryAssets(context.territory()).register(routes);
        new LegalPages(context.content(), context.pages()).register(routes);
        new TerritoryInfoApi(context.content(), context.pages(), context.links()).register(routes);
    }
}
