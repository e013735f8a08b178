package io.comptoir.app.merchant;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shop A's staff can neither read nor change shop B's orders, products or stock: under B's address they get 403, and
 * B's things named under A's own address are 404 (A must not even learn they exist). B's data stays as it was.
 */
final class ShopIsolationTest {

    @EachDatabase
    void aShopsStaffCannotReadOrChangeAnotherShopsOrdersProductsOrStock(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            TestCatalogue c = market.catalogue;
            Session martinStaff = market.session(market.staffOf("Camille Martin", c.martin));
            MerchantOrder rucherOrder = BackOfficeMarket.partOf(market.order(market.shopper("Dominique Lefebvre"), BackOfficeMarket.card(),
                    Map.of(c.honeyJar.variants().get(0), 1)), c.rucher);
            Product honey = market.engine.catalogue().requireProduct(c.honeyJar.id());
            long martin = c.martin.id().value();
            long rucher = c.rucher.id().value();
            long order = rucherOrder.id().value();
            long product = honey.id().value();
            long variant = honey.variants().get(0).id().value();

            List<String> forbiddenReads = List.of("/espace-commercant/" + rucher, "/espace-commercant/" + rucher + "/commandes",
                    "/espace-commercant/" + rucher + "/commandes/" + order, "/espace-commercant/" + rucher + "/produits/" + product,
                    "/api/v1/merchant/" + rucher + "/orders/" + order, "/api/v1/merchant/" + rucher + "/products",
                    "/api/v1/merchant/" + rucher + "/payout-account");
            for (String path : forbiddenReads) {
                assertThat(market.get(path, martinStaff).statusCode()).as(path).isEqualTo(403);
            }
            List<String> hiddenUnderOwnShop = List.of("/espace-commercant/" + martin + "/commandes/" + order,
                    "/espace-commercant/" + martin + "/produits/" + product, "/api/v1/merchant/" + martin + "/orders/" + order,
                    "/api/v1/merchant/" + martin + "/products/" + product);
            for (String path : hiddenUnderOwnShop) {
                assertThat(market.get(path, martinStaff).statusCode()).as(path).isEqualTo(404);
            }

            assertThat(market.postForm("/espace-commercant/" + rucher + "/commandes/" + order + "/actions", martinStaff,
                    Map.of("action", "ACCEPT")).statusCode()).isEqualTo(403);
            assertThat(market.postForm("/espace-commercant/" + martin + "/commandes/" + order + "/actions", martinStaff,
                    Map.of("action", "CANCEL")).statusCode()).isEqualTo(404);
            assertThat(market.api("POST", "/api/v1/merchant/" + martin + "/orders/" + order + "/actions", martinStaff,
                    "{\"action\": \"ACCEPT\"}").statusCode()).isEqualTo(404);
            assertThat(market.postForm("/espace-commercant/" + martin + "/produits/" + product + "/variantes/" + variant + "/stock",
                    martinStaff, Map.of("stock", "0")).statusCode()).isEqualTo(404);
            assertThat(market.api("PUT", "/api/v1/merchant/" + martin + "/products/" + product + "/variants/" + variant + "/stock",
                    martinStaff, "{\"stock\": 0}").statusCode()).isEqualTo(404);
            assertThat(market.api("PUT", "/api/v1/merchant/" + rucher + "/products/" + product + "/variants/" + variant + "/stock",
                    martinStaff, "{\"stock\": 0}").statusCode()).isEqualTo(403);
            assertThat(market.postForm("/espace-commercant/" + martin + "/produits/" + product + "/visibilite", martinStaff,
                    Map.of("hidden", "true")).statusCode()).isEqualTo(404);
            HttpResponse<String> ownStockOfOthersVariant = market.api("PUT", "/api/v1/merchant/" + martin + "/products/" + c.derby.id()
                    + "/variants/" + variant + "/stock", martinStaff, "{\"stock\": 0}");
            assertThat(ownStockOfOthersVariant.statusCode()).as("another product's variant under one's own product").isEqualTo(404);

            assertThat(market.reload(rucherOrder).status()).isEqualTo(MerchantOrderStatus.PLACED);
            assertThat(market.engine.catalogue().requireProduct(honey.id())).isEqualTo(honey);
            assertThat(market.engine.orders().merchantOrdersOf(c.martin.id(), java.util.Set.of(), 0, 10)).isEmpty();
        }
    }
}
