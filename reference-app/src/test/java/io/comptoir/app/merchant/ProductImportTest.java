package io.comptoir.app.merchant;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop's staff import its own products from a spreadsheet: preview, confirm, and never another shop's. */
final class ProductImportTest {
    static final String PRODUCTS = "ref;name;description;category;price;stock\n"
            + "BOT-CHE;Bottines Chelsea;Cuir gras, semelle crêpe.;Chaussures;129,00;4\n"
            + "SEM-GEL;Semelles gel;;chaussures;12.5;30\n";

    @EachDatabase
    void theStaffImportsItsProductsAfterAPreview(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            var martin = market.catalogue.martin;
            Session staff = market.session(market.staffOf("Léa", martin));
            String path = "/espace-commercant/" + martin.id().value() + "/import-produits";
            assertThat(Jsoup.parse(market.get("/espace-commercant/" + martin.id().value() + "/produits", staff).body())
                    .select("a[href=" + path + "]")).hasSize(1);
            int before = market.engine.catalogue().countProductsOf(martin.id(), true);

            HttpResponse<String> preview = market.upload(path + "/apercu", staff, Map.of(), "fichier", "produits.csv", "text/csv",
                    PRODUCTS.getBytes(StandardCharsets.UTF_8), false);
            assertThat(preview.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(preview.body());
            assertThat(page.select("#import-rows tbody tr")).hasSize(2);
            assertThat(market.engine.catalogue().countProductsOf(martin.id(), true)).isEqualTo(before);

            HttpResponse<String> confirmed = market.upload(path + "/confirmer", staff, Map.of("contenu", page.selectFirst("input[name=contenu]")
                    .attr("value")), "fichier", "", "text/csv", null, false);
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(confirmed.body()).select("#import-done").text()).contains("2 création(s)");
            assertThat(market.engine.catalogue().productsOf(martin.id(), true, 0, 50)).extracting(Product::name)
                    .contains("Bottines Chelsea", "Semelles gel");
        }
    }

    @EachDatabase
    void aRowOfAnotherShopOrABadPriceStoresNothingAndAnotherShopsStaffIsRefused(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            var martin = market.catalogue.martin;
            Session staff = market.session(market.staffOf("Léa", martin));
            String path = "/espace-commercant/" + martin.id().value() + "/import-produits";
            int before = market.engine.catalogue().countProductsOf(martin.id(), true);
            String bad = "shop_ref;" + PRODUCTS.replace("\n", "\n;").replaceAll(";$", "")
                    + "S-AUTRE;X-1;Autre boutique;;Chaussures;10;1\n;X-2;Prix faux;;Chaussures;douze;1\n";
            HttpResponse<String> preview = market.upload(path + "/apercu", staff, Map.of(), "fichier", "produits.csv", "text/csv",
                    bad.getBytes(StandardCharsets.UTF_8), false);
            assertThat(preview.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(preview.body()).select(".import-problem")).extracting(row -> row.child(0).text() + " " + row.child(1).text())
                    .containsExactly("4 shop_ref", "5 price");
            assertThat(market.engine.catalogue().countProductsOf(martin.id(), true)).isEqualTo(before);

            Session other = market.session(market.staffOf("Noé", market.catalogue.rucher));
            assertThat(market.get(path, other).statusCode()).isEqualTo(403);
            assertThat(market.upload(path + "/apercu", other, Map.of(), "fichier", "produits.csv", "text/csv",
                    PRODUCTS.getBytes(StandardCharsets.UTF_8), false).statusCode()).isEqualTo(403);
        }
    }
}
