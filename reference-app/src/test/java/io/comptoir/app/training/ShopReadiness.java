package io.comptoir.app.training;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Does, through the merchant API, what the engine's checklist asks of a shop: profile with a photo, a product, bank details. */
public final class ShopReadiness {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private ShopReadiness() {
    }

    public static void prepare(BackOfficeMarket market, long shop, Session staff, String productName, long categoryId) {
        String api = "/api/v1/merchant/" + shop;
        HttpResponse<String> upload = market.upload(api + "/images", staff, Map.of("alt", "La vitrine"), "vitrine.png", "image/png", PNG, true);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String key = BackOfficeMarket.json(upload).get("key").asText();
        HttpResponse<String> profile = market.api("PUT", api + "/profile", staff, "{\"description\": \"Fleurs de saison du marais audomarois, "
                + "bouquets sur commande.\", \"openingHours\": {\"text\": \"Tu-Sa 09:00-19:00\"}, \"photo\": {\"key\": \"" + key
                + "\", \"alt\": \"La vitrine\"}}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        HttpResponse<String> product = market.api("POST", api + "/products", staff, "{\"name\": \"" + productName + "\", \"categoryId\": "
                + categoryId + ", \"description\": \"Un bouquet du jour.\", \"images\": [{\"key\": \"" + key + "\", \"alt\": \"Le bouquet\"}], "
                + "\"variants\": [{\"price\": {\"amount\": 2500}, \"stock\": 3}]}");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
        HttpResponse<String> bank = market.api("PUT", api + "/payout-account", staff,
                "{\"holder\": \"Fleurs de l’Aa\", \"iban\": \"FR7630006000011234567890189\"}");
        assertThat(bank.statusCode()).as(bank.body()).isEqualTo(200);
    }
}
