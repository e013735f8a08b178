package io.comptoir.app.feature;

import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Metrics;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.backoffice.BackOffices;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The web kit as a feature receives it when it registers: the engine's services, the territory's folder, the pages and links, the
 * back-offices' frames, the roles of every running feature, sign-in, the visitors' carts, the password links and the
 * metrics.
 */
public record FeatureContext(Marketplace marketplace, TerritoryFolder territory, PageFactory pages, Links links, BackOffices backOffices, List<FeatureRole> roles,
                             Authentication authentication, CartOwners carts, ResetLinks resetLinks, Metrics metrics) {
    public FeatureContext {
        requireNonNull(marketplace, "marketplace is null");
        requireNonNull(territory, "territory is null");
        requireNonNull(pages, "pages is null");
        requireNonNull(links, "links is null");
        requireNonNull(backOffices, "backOffices is null");
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
        requireNonNull(authentication, "authentication is null");
        requireNonNull(carts, "carts is null");
        requireNonNull(resetLinks, "resetLinks is null");
        requireNonNull(metrics, "metrics is null");
    }

    /** What the pages show that the territory's team changes from its back-office, over the folder's defaults. */
    public TerritoryContent content() {
        return new TerritoryContent(territory, marketplace.territory(), marketplace.merchants());
    }
}
