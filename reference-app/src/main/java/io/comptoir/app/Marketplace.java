package io.comptoir.app;

import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.search.ProductSearch;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.core.Engine;

import java.time.Clock;

import static java.util.Objects.requireNonNull;

/**
 * The engine services the web application reads from. Handlers depend on these interfaces only, never on the
 * engine's implementation.
 *
 * @param clock the clock for "now" (opening hours); the engine's own in production
 */
public record Marketplace(
        Catalogue catalogue,
        MerchantDirectory merchants,
        Territory territory,
        ProductSearch search,
        AssetStore assets,
        Clock clock) {

    public Marketplace {
        requireNonNull(catalogue, "catalogue is null");
        requireNonNull(merchants, "merchants is null");
        requireNonNull(territory, "territory is null");
        requireNonNull(search, "search is null");
        requireNonNull(assets, "assets is null");
        requireNonNull(clock, "clock is null");
    }

    /** The services of a running engine. */
    public static Marketplace of(Engine engine) {
        return new Marketplace(engine.catalogue(), engine.merchants(), engine.territory(), engine.search(), engine.assets(),
                engine.clock());
    }
}
