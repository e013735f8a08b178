package io.comptoir.app.admin;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.VoucherRoles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory's admins give and take the engine's roles with their scope (the plugins' roles are their features':
 * a point of sale's operator in the vouchers' tests, a trainer in the training's).
 */
final class AccountRolesTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Session admin;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        admin = market.session(market.admin("Équipe territoire"));
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    @Test
    void rolesAreGivenWithTheirScopeAndTakenAway() {
        Account account = market.shopper("Claude Vendeur");
        String page = "/admin/comptes/" + account.id();

        HttpResponse<String> noShop = market.postForm(page + "/roles", admin, Map.of("role", "MERCHANT_STAFF", "shop", ""));
        assertThat(noShop.statusCode()).isEqualTo(400);
        assertThat(parse(noShop).select("#grant-shop").attr("aria-invalid")).isEqualTo("true");
        HttpResponse<String> unknownShop = market.postForm(page + "/roles", admin, Map.of("role", "MERCHANT_STAFF", "shop", "99999"));
        assertThat(unknownShop.statusCode()).isEqualTo(400);

        assertThat(market.postForm(page + "/roles", admin, Map.of("role", "MERCHANT_STAFF", "shop", c.rucher.id().toString()))
                .statusCode()).isEqualTo(303);
        assertThat(market.engine.accounts().account(account.id()).orElseThrow().isStaffOf(c.rucher.id().value())).isTrue();
        assertThat(parse(market.get(page, admin)).select(".checklist__item strong")).extracting(element -> element.text())
                .contains("Commerçant · " + c.rucher.name());
        Session staff = market.session(account);
        assertThat(market.get("/espace-commercant/" + c.rucher.id(), staff).statusCode()).isEqualTo(200);

        assertThat(market.postForm(page + "/roles/retirer", admin, Map.of("role", "MERCHANT_STAFF", "scope", c.rucher.id().toString()))
                .statusCode()).isEqualTo(303);
        assertThat(market.engine.accounts().account(account.id()).orElseThrow().hasRole(Role.MERCHANT_STAFF)).isFalse();
        assertThat(market.get("/espace-commercant/" + c.rucher.id(), staff).statusCode()).isEqualTo(403);
        HttpResponse<String> shopperRole = market.api("DELETE", "/api/v1/admin/accounts/" + account.id() + "/roles/SHOPPER", admin, null);
        assertThat(shopperRole.statusCode()).isEqualTo(400);
    }

    /** A plugin's scoped role names something of the plugin's, which must exist, as a shop must for MERCHANT_STAFF. */
    @Test
    void aPointOfSaleThatDoesNotExistIsRefusedAndNothingIsGranted() {
        try (TestDatabase db = TestDatabase.h2(); BackOfficeMarket own = BackOfficeMarket.start(db, new VouchersPlugin())) {
            Session ownAdmin = own.session(own.admin("Équipe territoire"));
            Account account = own.shopper("Claude Vendeur");
            long tobacconist = own.engine.service(PointsOfSale.class).create(new PointOfSaleDraft("Tabac de la Place",
                    new Address("3 place Foch", "62500", TestCatalogue.SAINT_OMER), "03 21 00 00 01", true), TestCatalogue.ADMIN).id();

            HttpResponse<String> viaApi = own.api("POST", "/api/v1/admin/accounts/" + account.id() + "/roles", ownAdmin,
                    "{\"role\": \"POINT_OF_SALE\", \"scope\": 888888}");
            assertThat(viaApi.statusCode()).as(viaApi.body()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(viaApi).get("field").asText()).isEqualTo("scope");
            assertThat(BackOfficeMarket.json(viaApi).get("error").asText()).isEqualTo("invalid_scope");
            HttpResponse<String> viaPage = own.postForm("/admin/comptes/" + account.id() + "/roles", ownAdmin,
                    Map.of("role", "POINT_OF_SALE", "pointOfSale", "888888"));
            assertThat(viaPage.statusCode()).isEqualTo(400);
            assertThat(parse(viaPage).select("#grant-pointOfSale").attr("aria-invalid")).isEqualTo("true");
            assertThat(own.engine.accounts().account(account.id()).orElseThrow().grants()).containsExactly(RoleGrant.of(Role.SHOPPER));

            assertThat(own.api("POST", "/api/v1/admin/accounts/" + account.id() + "/roles", ownAdmin,
                    "{\"role\": \"POINT_OF_SALE\", \"scope\": " + tobacconist + "}").statusCode()).isEqualTo(200);
            assertThat(own.engine.accounts().account(account.id()).orElseThrow().scopesOf(VoucherRoles.POINT_OF_SALE)).containsExactly(tobacconist);
        }
    }
}
