package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The territory's admins give and take the role the vouchers' feature brings, scoped to a point of sale. */
final class PointOfSaleRoleTest {

    @Test
    void thePointOfSaleRoleIsGivenWithItsPointOfSaleAndTakenAway() {
        try (TestDatabase database = TestDatabase.h2(); BackOfficeMarket market = BackOfficeMarket.start(database, new VouchersPlugin())) {
            Session admin = market.session(market.admin("Équipe territoire"));
            Account account = market.shopper("Claude Vendeur");
            String page = "/admin/comptes/" + account.id();

            HttpResponse<String> pos = market.postForm(page + "/roles", admin, Map.of("role", "POINT_OF_SALE", "pointOfSale", "abc"));
            assertThat(pos.statusCode()).isEqualTo(400);
            assertThat(parse(pos).select("#grant-pointOfSale").attr("aria-invalid")).isEqualTo("true");
            long tobacconist = market.engine.service(PointsOfSale.class).create(new PointOfSaleDraft("Tabac de la Place",
                    new Address("3 place Foch", "62500", TestCatalogue.SAINT_OMER), "03 21 00 00 01", true), TestCatalogue.ADMIN).id();
            // a point of sale that does not exist, as MERCHANT_STAFF with an unknown shop: refused, nothing granted
            HttpResponse<String> unknown = market.api("POST", "/api/v1/admin/accounts/" + account.id() + "/roles", admin,
                    "{\"role\": \"POINT_OF_SALE\", \"scope\": 888888}");
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(unknown).get("field").asText()).isEqualTo("scope");
            HttpResponse<String> unknownOnPage = market.postForm(page + "/roles", admin, Map.of("role", "POINT_OF_SALE", "pointOfSale", "888888"));
            assertThat(unknownOnPage.statusCode()).isEqualTo(400);
            assertThat(parse(unknownOnPage).select("#grant-pointOfSale").attr("aria-invalid")).isEqualTo("true");
            assertThat(market.engine.accounts().account(account.id()).orElseThrow().grants()).hasSize(1);
            JsonNode viaApi = BackOfficeMarket.json(market.api("POST", "/api/v1/admin/accounts/" + account.id() + "/roles", admin,
                    "{\"role\": \"POINT_OF_SALE\", \"scope\": " + tobacconist + "}"));
            assertThat(viaApi.get("roles")).anySatisfy(grant -> {
                assertThat(grant.get("role").asText()).isEqualTo("POINT_OF_SALE");
                assertThat(grant.get("scope").asLong()).isEqualTo(tobacconist);
            });

            JsonNode revoked = BackOfficeMarket.json(market.api("DELETE", "/api/v1/admin/accounts/" + account.id() + "/roles/POINT_OF_SALE?scope=" + tobacconist,
                    admin, null));
            assertThat(revoked.get("roles")).extracting(grant -> grant.get("role").asText()).containsExactly("SHOPPER");
        }
    }
}
