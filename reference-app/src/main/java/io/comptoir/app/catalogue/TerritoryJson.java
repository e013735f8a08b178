package io.comptoir.app.catalogue;

import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API's documents about the category tree and the territory. */
public final class TerritoryJson {

    private TerritoryJson() {
    }

    public record CategoryNode(long id, String slug, String name, String url, List<CategoryNode> children) {

        /** The tree of the categories, given roots first then by position (as the catalogue lists them). */
        static List<CategoryNode> tree(List<Category> categories, Links links) {
            Map<Optional<CategoryId>, List<Category>> byParent = new LinkedHashMap<>();
            for (Category category : categories) {
                byParent.computeIfAbsent(category.parentId(), parent -> new ArrayList<>()).add(category);
            }
            return children(Optional.empty(), byParent, links);
        }

        private static List<CategoryNode> children(Optional<CategoryId> parent, Map<Optional<CategoryId>, List<Category>> byParent,
                                                   Links links) {
            return byParent.getOrDefault(parent, List.of()).stream()
                    .map(category -> new CategoryNode(category.id().value(), category.slug(), category.name(),
                            links.to(Paths.category(category.slug())), children(Optional.of(category.id()), byParent, links)))
                    .toList();
        }
    }

    public record IntercommunalityRef(String code, String name) {
        static IntercommunalityRef of(Intercommunality body) {
            return new IntercommunalityRef(body.code(), body.name());
        }
    }

    /** @param liveShops number of the commune's shops that sell on the marketplace now */
    public record CommuneJson(String insee, String name, String postalCode, int population,
                              IntercommunalityRef intercommunality, int liveShops, String url) {
        static CommuneJson of(Commune commune, IntercommunalityRef body, int liveShops, Links links) {
            return new CommuneJson(commune.inseeCode(), commune.name(), commune.postalCode(), commune.population(), body,
                    liveShops, links.to(Paths.commune(commune.inseeCode())));
        }
    }
}
