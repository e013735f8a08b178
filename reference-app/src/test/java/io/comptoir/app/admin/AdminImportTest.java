package io.comptoir.app.admin;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/import} over HTTP: upload, a preview of every row and problem, then confirm; a file with a bad row
 * stores nothing; only the territory's admins may import.
 */
final class AdminImportTest {
    static final String SHOPS = "ref;name;siret;address;postal_code;commune_insee;category;email;phone\n"
            + "S-001;Fromagerie Caron;73282932000074;12 place Foch;62500;62765;Épicerie fine;bonjour@caron.example;03 53 01 99 10\n"
            + "S-002;Bijouterie Leroy;34659931900024;3 rue Carnot;62510;62040;maison-et-deco;;\n";

    @EachDatabase
    void previewThenConfirmStoresTheShops(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            Session admin = market.session(market.admin("Équipe marketplace"));
            int before = market.engine.merchants().count(MerchantFilter.all());

            Document form = Jsoup.parse(market.get("/admin/import", admin).body());
            assertThat(form.select("input[type=file][name=fichier]")).hasSize(1);
            assertThat(form.select(".bo-nav a, nav a").eachAttr("href")).contains("/admin/import");

            HttpResponse<String> preview = market.upload("/admin/import/apercu", admin, Map.of("type", "boutiques"), "fichier", "boutiques.csv",
                    "text/csv", SHOPS.getBytes(StandardCharsets.UTF_8), false);
            assertThat(preview.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(preview.body());
            assertThat(page.select("#import-ready").text()).contains("2 création(s)");
            assertThat(page.select("#import-rows tbody tr")).extracting(row -> row.text())
                    .containsExactly("2 S-001 Fromagerie Caron création", "3 S-002 Bijouterie Leroy création");
            assertThat(market.engine.merchants().count(MerchantFilter.all())).as("a preview stores nothing").isEqualTo(before);

            String content = page.selectFirst("input[name=contenu]").attr("value");
            assertThat(content).isEqualTo(SHOPS);
            HttpResponse<String> confirmed = market.upload("/admin/import/confirmer", admin, Map.of("type", "boutiques", "contenu", content),
                    "fichier", "", "text/csv", null, false);
            assertThat(confirmed.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(confirmed.body()).select("#import-done").text()).contains("2 création(s)");
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(before + 2);
            Merchant caron = market.engine.merchants().find(MerchantFilter.all()).stream().filter(shop -> shop.name().equals("Fromagerie Caron"))
                    .findFirst().orElseThrow();
            assertThat(caron.categories()).containsExactly(market.catalogue.food.id());
        }
    }

    @EachDatabase
    void aFileWithBadRowsListsEachProblemByRowAndColumnAndStoresNothing(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            Session admin = market.session(market.admin("Équipe marketplace"));
            int before = market.engine.merchants().count(MerchantFilter.all());
            String bad = SHOPS + "S-003;Mauvais SIRET;73282932000075;1 rue X;62500;62765;Épicerie fine;;\n"
                    + "S-004;Commune inconnue;34659931900024;1 rue Y;75001;75056;Épicerie fine;;\n";
            HttpResponse<String> preview = market.upload("/admin/import/apercu", admin, Map.of("type", "boutiques"), "fichier", "boutiques.csv",
                    "text/csv", bad.getBytes(StandardCharsets.UTF_8), false);
            assertThat(preview.statusCode()).isEqualTo(422);
            Document page = Jsoup.parse(preview.body());
            assertThat(page.select("#import-problems .alert__title").text()).isEqualTo("2 problèmes : rien n’a été enregistré.");
            assertThat(page.select(".import-problem")).extracting(row -> row.child(0).text() + " " + row.child(1).text())
                    .containsExactly("4 siret", "5 commune_insee");
            assertThat(page.select("#import-confirm")).as("nothing to confirm").isEmpty();
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(before);

            HttpResponse<String> forced = market.upload("/admin/import/confirmer", admin, Map.of("type", "boutiques", "contenu", bad),
                    "fichier", "", "text/csv", null, false);
            assertThat(forced.statusCode()).as("confirming a bad file checks it again").isEqualTo(422);
            assertThat(market.engine.merchants().count(MerchantFilter.all())).isEqualTo(before);

            HttpResponse<String> noFile = market.upload("/admin/import/apercu", admin, Map.of("type", "boutiques"), "fichier", "", "text/csv",
                    null, false);
            assertThat(noFile.statusCode()).isEqualTo(400);
        }
    }

    @EachDatabase
    void onlyTheTerritorysAdminsImport(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            Session shopper = market.session(market.shopper("Camille"));
            assertThat(market.get("/admin/import", shopper).statusCode()).isEqualTo(403);
            HttpResponse<String> upload = market.upload("/admin/import/apercu", shopper, Map.of("type", "boutiques"), "fichier", "b.csv",
                    "text/csv", SHOPS.getBytes(StandardCharsets.UTF_8), false);
            assertThat(upload.statusCode()).isEqualTo(403);
        }
    }
}
