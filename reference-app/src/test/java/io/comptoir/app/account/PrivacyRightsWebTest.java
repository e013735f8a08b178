package io.comptoir.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's rights over their data through the pages, over real HTTP on both databases: the data downloaded from
 * {@code /mon-compte} as JSON (account, orders with their delivery address, the plugins' sections), the account deleted
 * with the password and a confirmation (every session ends at once, the orders stay anonymised), the privacy page, and
 * the territory's register of requests and its erasure for someone who asked by mail.
 */
final class PrivacyRightsWebTest {
    private static final String PASSWORD = "un mot de passe solide";

    private static CustomerOrder deliveredOrder(TestMarketplace market, WebSession shopper) {
        TestCatalogue c = market.catalogue;
        market.engine.merchants().updateFulfilment(c.rucher.id(), new FulfilmentOptions(true, Optional.of(new LocalDelivery(
                Money.euros(490), Set.of(TestCatalogue.ARQUES), Optional.empty()))), TestCatalogue.ADMIN);
        shopper.addToCart(c.honeyJar.variants().get(0).id().value(), 1);
        String rucher = String.valueOf(c.rucher.id().value());
        HttpResponse<String> placed = shopper.submit(page(shopper.get("/commande")), "form.checkout", "action=pay", "tender", "sandbox-card",
                "fulfilment-" + rucher, "deliver", "recipient-" + rucher, "Camille Privée", "street-" + rucher, "9 rue du Secret",
                "postalCode-" + rucher, "62510", "commune-" + rucher, TestCatalogue.ARQUES, "phone-" + rucher, "06 11 22 33 44",
                "cardNumber", "4242 4242 4242 4242", "cardExpiry", "01/30", "cardCvc", "123");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(303);
        Account account = market.engine.accounts().accountByEmail("camille.privee@exemple.fr").orElseThrow();
        CustomerOrder order = market.engine.orders().customerOrdersOf(account.id(), 0, 1).get(0);
        assertThat(order.merchantOrders().get(0).fulfilment().address()).as("delivered").isPresent();
        return order;
    }

    @EachDatabase
    void aShopperDownloadsTheirDataThenDeletesTheirAccountAndEverySessionEnds(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, TestPlugins.all())) {
            WebSession shopper = new WebSession(market);
            shopper.register("Camille Privée", "camille.privee@exemple.fr", PASSWORD);
            CustomerOrder order = deliveredOrder(market, shopper);
            WebSession otherDevice = new WebSession(market);
            otherDevice.signIn("camille.privee@exemple.fr", PASSWORD);
            assertThat(otherDevice.get("/mon-compte").statusCode()).isEqualTo(200);

            Document account = page(shopper.get("/mon-compte"));
            PageChecks.assertAccessible(account, "fr");
            HttpResponse<String> download = shopper.submit(account, "form[action=/mon-compte/mes-donnees]", null);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
            JsonNode data = WebSession.json(download);
            assertThat(data.at("/account/email").asText()).isEqualTo("camille.privee@exemple.fr");
            assertThat(data.at("/orders/0/number").asText()).isEqualTo(order.number());
            assertThat(data.at("/orders/0/shops/0/deliveryAddress/street").asText()).isEqualTo("9 rue du Secret");
            assertThat(data.at("/orders/0/shops/0/deliveryAddress/phone").asText()).isEqualTo("06 11 22 33 44");
            assertThat(data.at("/sections/vouchers").isArray()).as("the vouchers plugin's section, through the engine's seam").isTrue();

            HttpResponse<String> unconfirmed = shopper.submit(account, "form[action=/mon-compte/suppression]", null, "erasePassword", PASSWORD);
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(page(unconfirmed).select("#erase-confirm-error").text()).contains("Cochez la case");
            HttpResponse<String> wrong = shopper.submit(account, "form[action=/mon-compte/suppression]", null,
                    "erasePassword", "pas le bon mot de passe", "eraseConfirm", "true");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(page(wrong).select("#erase-password-error").text()).isNotBlank();
            assertThat(otherDevice.get("/mon-compte").statusCode()).as("nothing was erased").isEqualTo(200);

            HttpResponse<String> erased = shopper.submit(account, "form[action=/mon-compte/suppression]", null,
                    "erasePassword", PASSWORD, "eraseConfirm", "true");
            assertThat(erased.statusCode()).isEqualTo(303);
            assertThat(WebSession.location(erased)).isEqualTo("/donnees-personnelles?compte-supprime");
            Document privacy = page(shopper.get(WebSession.location(erased)));
            PageChecks.assertAccessible(privacy, "fr");
            assertThat(privacy.select(".alert--success").text()).contains("Votre compte est supprimé");
            assertThat(privacy.text()).contains("dix ans");

            assertThat(shopper.get("/mon-compte").statusCode()).as("this browser is signed out").isEqualTo(303);
            assertThat(otherDevice.get("/mon-compte").statusCode()).as("and so is every other").isEqualTo(303);
            assertThat(new WebSession(market).signIn("camille.privee@exemple.fr", PASSWORD).statusCode()).isEqualTo(401);
            CustomerOrder kept = market.engine.orders().customerOrder(order.id()).orElseThrow();
            assertThat(kept.total()).isEqualTo(order.total());
            MerchantOrder part = kept.merchantOrders().get(0);
            assertThat(part.shopperEmail()).doesNotContain("camille");
            assertThat(part.fulfilment().address().orElseThrow().street()).isNotEqualTo("9 rue du Secret");
            assertThat(part.fulfilment().address().orElseThrow().phone()).isEmpty();
            assertThat(part.fulfilment().address().orElseThrow().communeInsee()).isEqualTo(TestCatalogue.ARQUES);
        }
    }

    @EachDatabase
    void theTerritorySeesTheRequestsAndErasesForSomeoneWhoAskedByMail(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db, TestPlugins.all())) {
            Account admin = market.engine.accounts().register("equipe@territoire.example", PASSWORD, "Équipe Territoire");
            market.engine.accounts().grant(admin.id(), RoleGrant.of(Role.TERRITORY_ADMIN), TestCatalogue.ADMIN);
            Account dominique = market.engine.accounts().register("dominique@exemple.fr", PASSWORD, "Dominique Courrier");
            WebSession shopper = new WebSession(market);
            shopper.signIn("dominique@exemple.fr", PASSWORD);
            assertThat(shopper.submit(page(shopper.get("/mon-compte")), "form[action=/mon-compte/mes-donnees]", null).statusCode()).isEqualTo(200);

            WebSession team = new WebSession(market);
            team.signIn("equipe@territoire.example", PASSWORD);
            String accountPage = "/admin/comptes/" + dominique.id().value();
            Document before = page(team.get(accountPage));
            HttpResponse<String> unconfirmed = team.submit(before, "form[action$=/effacement]", null);
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(market.engine.accounts().account(dominique.id()).orElseThrow().active()).isTrue();

            HttpResponse<String> done = team.submit(before, "form[action$=/effacement]", null, "confirm", "true");
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(page(team.get(WebSession.location(done))).select(".notice--success").text()).contains("Données personnelles effacées");
            assertThat(shopper.get("/mon-compte").statusCode()).as("the person's sessions ended").isEqualTo(303);
            assertThat(page(team.get(accountPage)).select("form[action$=/effacement]")).as("nothing left to erase").isEmpty();

            Document register = page(team.get("/admin/donnees-personnelles"));
            assertThat(register.select("#privacy-requests tbody tr")).hasSize(2);
            assertThat(register.select("#privacy-requests tbody tr").get(0).text())
                    .contains("Suppression du compte", "Équipe Territoire").doesNotContain("dominique@exemple.fr");
            assertThat(register.select("#privacy-requests tbody tr").get(1).text()).contains("Téléchargement des données", "la personne elle-même");
            assertThat(team.get("/admin/donnees-personnelles").statusCode()).isEqualTo(200);
            assertThat(shopper.get("/admin/donnees-personnelles").statusCode()).as("for the territory's team only").isIn(303, 403);
        }
    }
}
