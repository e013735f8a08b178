package io.comptoir.app.admin;

import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;
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
}
