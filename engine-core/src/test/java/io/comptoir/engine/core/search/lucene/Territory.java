package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchDocument;

import java.util.List;

import static io.comptoir.engine.core.search.lucene.ProductBuilder.product;

/**
 * Ten products of five shops in four communes, in a small category tree:
 * <pre>
 * Alimentation (1) ─ Épicerie fine (11), Fromages (13), Boissons (12) ─ Bières (121), Vins (122)
 * Mode (2) ─ Chaussures (21)
 * </pre>
 */
final class Territory {

    static final String SAINT_OMER = "62765";
    static final String ARQUES = "62040";
    static final String LONGUENESSE = "62525";
    static final String EPERLECQUES = "62300";

    private Territory() {
    }

    static List<SearchDocument> products() {
        return List.of(
                epicerie(product(1).name("Huile d'olive").category("Épicerie fine", 1, 11).price(850)),
                epicerie(product(2).name("Confiture de fraises").category("Épicerie fine", 1, 11).price(1_000).soldOut()),
                cave(product(3).name("Vin rouge").category("Vins", 1, 12, 122).price(1_999)),
                cave(product(4).name("Vin blanc").category("Vins", 1, 12, 122).price(2_000)),
                brasserie(product(5).name("Bière blonde").category("Bières", 1, 12, 121).price(450)),
                brasserie(product(6).name("Bière ambrée").category("Bières", 1, 12, 121).price(4_999).soldOut()),
                chausseur(product(7).name("Chaussures de marche").category("Chaussures", 2, 21).price(8_900)),
                chausseur(product(8).name("Bottines en cuir").category("Chaussures", 2, 21).price(10_000).soldOut()),
                product(9).name("Maroilles").merchant(5, "Fromagerie Delattre").commune(EPERLECQUES, "Éperlecques")
                        .category("Fromages", 1, 13).price(999).build(),
                cave(product(10).name("Genièvre").category("Boissons", 1, 12).price(5_000)));
    }

    private static SearchDocument epicerie(ProductBuilder product) {
        return product.merchant(1, "Épicerie Lefebvre").commune(SAINT_OMER, "Saint-Omer").build();
    }

    private static SearchDocument cave(ProductBuilder product) {
        return product.merchant(2, "Cave Vasseur").commune(ARQUES, "Arques").build();
    }

    private static SearchDocument chausseur(ProductBuilder product) {
        return product.merchant(3, "Chausseur Martin").commune(SAINT_OMER, "Saint-Omer").build();
    }

    private static SearchDocument brasserie(ProductBuilder product) {
        return product.merchant(4, "Brasserie Caron").commune(LONGUENESSE, "Longuenesse").build();
    }
}
