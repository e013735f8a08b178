package io.comptoir.app.catalogue;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Links;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@code /api/v1/categories} and {@code /api/v1/communes}: what shoppers browse by. */
public final class TerritoryApi {
    private final Marketplace marketplace;
    private final Links links;

    public TerritoryApi(Marketplace marketplace, Links links) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
        this.links = requireNonNull(links, "links is null");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/categories", this::categories, AccessRole.ANYONE);
        routes.get("/api/v1/communes", this::communes, AccessRole.ANYONE);
    }

    private void categories(Context ctx) {
        ctx.json(TerritoryJson.CategoryNode.tree(marketplace.catalogue().categories(), links));
    }

    private void communes(Context ctx) {
        Map<String, TerritoryJson.IntercommunalityRef> bodies = marketplace.territory().intercommunalities().stream()
                .collect(Collectors.toMap(Intercommunality::code, TerritoryJson.IntercommunalityRef::of));
        Map<String, Long> liveShops = liveShopsByCommune(marketplace);
        ctx.json(marketplace.territory().communes().stream()
                .map(commune -> TerritoryJson.CommuneJson.of(commune, bodies.get(commune.intercommunalityCode()),
                        liveShops.getOrDefault(commune.inseeCode(), 0L).intValue(), links))
                .toList());
    }

    /** Number of live shops per commune INSEE code. */
    public static Map<String, Long> liveShopsByCommune(Marketplace marketplace) {
        return marketplace.merchants().find(MerchantFilter.live()).stream()
                .collect(Collectors.groupingBy(merchant -> merchant.address().communeInsee(), Collectors.counting()));
    }

    static Map<String, Commune> communeIndex(Marketplace marketplace) {
        return marketplace.territory().communes().stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
    }
}
