package io.comptoir.app.catalogue;

import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.territory.Commune;

/** Short references to other resources, embedded in API documents. */
public final class Refs {

    private Refs() {
    }

    public record MerchantRef(long id, String name, String slug, String url) {
    }

    public record CommuneRef(String insee, String name) {
        static CommuneRef of(Commune commune) {
            return new CommuneRef(commune.inseeCode(), commune.name());
        }
    }

    /** A category as a search result knows it. */
    public record CategoryRef(long id, String name) {
    }

    /** A category with its slug, to link to its page. */
    public record CategoryLink(long id, String slug, String name) {
        static CategoryLink of(Category category) {
            return new CategoryLink(category.id().value(), category.slug(), category.name());
        }
    }

    public record ImageJson(String url, String alt) {
    }
}
