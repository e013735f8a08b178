package io.comptoir.app.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.Pictures;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The territory runs its marketplace: shops through their life cycle, accounts and roles, orders, the mail it sent. */
final class AdminBackOfficeTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Account adminAccount;
    private static Session admin;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        adminAccount = market.admin("Équipe territoire");
        admin = market.session(adminAccount);
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    static Merchant applicant(BackOfficeMarket on, String name) {
        return on.engine.merchants().register(new MerchantProfile(name, "73282932000074", "Fleuriste", "",
                new Address("3 place Foch", "62500", TestCatalogue.SAINT_OMER), Contact.NONE, OpeningHours.CLOSED, List.of(),
                Optional.empty()), TestCatalogue.ADMIN);
    }

    /** Everything the onboarding checklist asks for: a described profile with hours and photo, five products, bank details. */
    static void completeOnboarding(BackOfficeMarket on, Merchant shop) {
        String photo = on.engine.assets().put("boutique.png", "image/png", Pictures.PNG);
        on.engine.merchants().updateProfile(shop.id(), MerchantProfile.of(on.engine.merchants().require(shop.id()))
                .withDescription("Fleurs de saison cultivées dans le marais audomarois.").withOpeningHours(OpeningHours.parse("Tu-Sa 09:00-19:00"))
                .withPhoto(Optional.of(new Image(photo, "La devanture fleurie"))), TestCatalogue.ADMIN);
        for (int i = 1; i <= 5; i++) {
            on.engine.catalogue().createProduct(shop.id(), new ProductDraft("Bouquet " + i, "De saison.", on.catalogue.home.id(), List.of(),
                    List.of(new VariantDraft("BOUQUET-" + shop.id() + "-" + i, List.of(), Money.euros(1500), 3))), TestCatalogue.ADMIN);
        }
        on.engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Fleurs & Co", TestCatalogue.GOOD_IBAN, ""), TestCatalogue.ADMIN);
    }

    @EachDatabase
    void anApplicantIsApprovedThenRefusedGoingLiveWithWhatIsMissingThenGoesLiveOnceReady(TestDatabase db) {
        try (BackOfficeMarket own = BackOfficeMarket.start(db)) {
            Session session = own.session(own.admin("Équipe territoire"));
            Merchant shop = applicant(own, "Fleurs de l’Aa");
            String status = "/admin/boutiques/" + shop.id() + "/statut";

            HttpResponse<String> approved = own.postForm(status, session, Map.of("statut", "ONBOARDING", "retour", "/admin/boutiques?statut=APPLICANT"));
            assertThat(approved.statusCode()).isEqualTo(303);
            assertThat(BackOfficeMarket.location(approved)).isEqualTo("/admin/boutiques?statut=APPLICANT&ok=shop-onboarding");
            assertThat(own.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.ONBOARDING);

            HttpResponse<String> refused = own.postForm(status, session, Map.of("statut", "LIVE"));
            assertThat(refused.statusCode()).isEqualTo(409);
            Document page = parse(refused);
            assertThat(page.select(".notice--problem .notice__message").text()).contains("ne peut pas encore être mise en ligne");
            assertThat(page.select(".notice--problem .notice__details li")).extracting(element -> element.text())
                    .anySatisfy(item -> assertThat(item).contains("Profil de la boutique complet"))
                    .anySatisfy(item -> assertThat(item).contains("Coordonnées bancaires"));
            assertThat(own.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.ONBOARDING);

            completeOnboarding(own, shop);
            HttpResponse<String> live = own.postForm(status, session, Map.of("statut", "LIVE"));
            assertThat(live.statusCode()).isEqualTo(303);
            assertThat(own.engine.merchants().require(shop.id()).status()).isEqualTo(MerchantStatus.LIVE);
            assertThat(own.get("/boutiques/" + shop.id() + "-" + shop.slug()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theApiRefusesGoingLiveWithTheBlockingItemsAsDetails() {
        Merchant shop = applicant(market, "Primeur du Haut-Pont");
        market.api("PUT", "/api/v1/admin/merchants/" + shop.id() + "/status", admin, "{\"status\": \"ONBOARDING\"}");

        HttpResponse<String> refused = market.api("PUT", "/api/v1/admin/merchants/" + shop.id() + "/status", admin, "{\"status\": \"LIVE\"}");

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode error = BackOfficeMarket.json(refused);
        assertThat(error.get("error").asText()).isEqualTo("activation_refused");
        assertThat(error.get("details")).hasSize(3);
        JsonNode detail = BackOfficeMarket.json(market.apiGet("/api/v1/admin/merchants/" + shop.id(), admin));
        assertThat(detail.get("shop").get("status").asText()).isEqualTo("ONBOARDING");
        assertThat(detail.get("blockingItems")).hasSize(3);
        assertThat(detail.get("checklist")).extracting(item -> item.get("code").asText())
                .containsExactly("profile_complete", "products_published", "payout_account");

        HttpResponse<String> illegal = market.api("PUT", "/api/v1/admin/merchants/" + shop.id() + "/status", admin, "{\"status\": \"SUSPENDED\"}");
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(BackOfficeMarket.json(illegal).get("error").asText()).isEqualTo("illegal_status_transition");
    }

    @Test
    void aLiveShopIsSuspendedThenReinstatedAndFeaturedOnTheHomePage() {
        String status = "/admin/boutiques/" + c.lumbroise.id() + "/statut";
        assertThat(market.postForm(status, admin, Map.of("statut", "SUSPENDED")).statusCode()).isEqualTo(303);
        assertThat(market.get("/boutiques/" + c.lumbroise.id() + "-" + c.lumbroise.slug()).statusCode()).isEqualTo(404);
        Document list = parse(market.get("/admin/boutiques?statut=SUSPENDED", admin));
        assertThat(list.select("tbody th a")).extracting(element -> element.text()).containsExactly(c.lumbroise.name());
        assertThat(list.select("tbody button")).extracting(element -> element.ownText()).contains("Rétablir en ligne", "Renvoyer en formation");

        HttpResponse<String> notReady = market.postForm(status, admin, Map.of("statut", "LIVE"));
        assertThat(notReady.statusCode()).as("reinstating needs the shop to be ready, as going live does").isEqualTo(409);
        assertThat(parse(notReady).select(".notice__details li")).isNotEmpty();
        completeOnboarding(market, c.lumbroise);
        assertThat(market.postForm(status, admin, Map.of("statut", "LIVE")).statusCode()).isEqualTo(303);
        HttpResponse<String> featured = market.postForm("/admin/boutiques/" + c.lumbroise.id() + "/une", admin,
                Map.of("featured", "true", "retour", "/admin/boutiques?q=lumbroise"));
        assertThat(BackOfficeMarket.location(featured)).isEqualTo("/admin/boutiques?q=lumbroise&ok=shop-featured");
        assertThat(market.engine.merchants().require(c.lumbroise.id()).featured()).isTrue();
        assertThat(parse(market.get("/")).select(".shop-card").text()).contains(c.lumbroise.name());

        HttpResponse<String> elsewhere = market.postForm("/admin/boutiques/" + c.lumbroise.id() + "/une", admin,
                Map.of("featured", "false", "retour", "https://evil.example/"));
        assertThat(BackOfficeMarket.location(elsewhere)).as("no open redirect").startsWith("/admin/boutiques/" + c.lumbroise.id() + "?");
    }

    @Test
    void shopsAreFoundByNameWhateverTheCaseAndAccents() {
        Document found = parse(market.get("/admin/boutiques?q=RUCHER%20D%20ARQUES", admin));
        assertThat(found.select("tbody th a")).extracting(element -> element.text()).containsExactly(c.rucher.name());
        JsonNode api = BackOfficeMarket.json(market.apiGet("/api/v1/admin/merchants?q=chaussures&status=LIVE", admin));
        assertThat(api.get("total").asInt()).isEqualTo(1);
        assertThat(api.get("items").get(0).get("id").asLong()).isEqualTo(c.martin.id().value());
        assertThat(market.get("/admin/boutiques?statut=FERMEE", admin).statusCode()).isEqualTo(400);
    }

    @Test
    void aClosedAccountCanNoLongerUseItsSessionAndIsReopened() {
        Account account = market.staffOf("Sam Fermé", c.martin);
        Session session = market.session(account);
        assertThat(market.get("/espace-commercant/" + c.martin.id(), session).statusCode()).isEqualTo(200);

        assertThat(market.postForm("/admin/comptes/" + account.id() + "/etat", admin, Map.of("active", "false")).statusCode()).isEqualTo(303);

        assertThat(market.get("/espace-commercant/" + c.martin.id(), session).statusCode()).as("sent to sign in again").isEqualTo(303);
        assertThat(parse(market.get("/admin/comptes?q=" + account.email(), admin)).select("tbody td:nth-of-type(3) .bo-badge").text()).isEqualTo("Fermé");
        JsonNode reopened = BackOfficeMarket.json(market.api("PUT", "/api/v1/admin/accounts/" + account.id() + "/active", admin,
                "{\"active\": true}"));
        assertThat(reopened.get("active").asBoolean()).isTrue();
        assertThat(market.engine.accounts().account(account.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void anAdminCannotTakeTheirOwnAdminRoleNorCloseTheirOwnAccount() {
        HttpResponse<String> ownRole = market.postForm("/admin/comptes/" + adminAccount.id() + "/roles/retirer", admin,
                Map.of("role", "TERRITORY_ADMIN", "scope", ""));
        assertThat(ownRole.statusCode()).isEqualTo(409);
        assertThat(parse(ownRole).select(".notice--problem").text()).contains("votre propre rôle");
        HttpResponse<String> ownAccount = market.api("PUT", "/api/v1/admin/accounts/" + adminAccount.id() + "/active", admin, "{\"active\": false}");
        assertThat(ownAccount.statusCode()).isEqualTo(409);
        assertThat(BackOfficeMarket.json(ownAccount).get("error").asText()).isEqualTo("own_account");
        Account still = market.engine.accounts().account(adminAccount.id()).orElseThrow();
        assertThat(still.active()).isTrue();
        assertThat(still.grants()).contains(RoleGrant.of(Role.TERRITORY_ADMIN));
    }

    @Test
    void accountsAreListedByRoleAndEmail() {
        Account staff = market.staffOf("Robin Listé", c.rucher);
        Document page = parse(market.get("/admin/comptes?role=MERCHANT_STAFF&q=robin", admin));
        assertThat(page.select("tbody th a")).extracting(element -> element.text()).containsExactly(staff.email());
        assertThat(page.select("tbody .role-list").text()).contains("Commerçant · " + c.rucher.name());
        JsonNode api = BackOfficeMarket.json(market.apiGet("/api/v1/admin/accounts?role=TERRITORY_ADMIN", admin));
        assertThat(api.get("items")).extracting(item -> item.get("email").asText()).contains(adminAccount.email()).doesNotContain(staff.email());
    }

    @Test
    void theOrderOverviewListsEveryShopsOrdersAndOpensEachReadOnly() {
        var order = market.order(market.shopper("Dominique Lefebvre"), BackOfficeMarket.card(),
                Map.of(c.derby.variants().get(0), 1, c.jam.variants().get(0), 1));
        Document list = parse(market.get("/admin/commandes", admin));
        for (MerchantOrder part : order.merchantOrders()) {
            assertThat(list.select("tbody th a")).extracting(element -> element.text()).contains(part.number());
        }
        MerchantOrder part = BackOfficeMarket.partOf(order, c.rucher);
        Document detail = parse(market.get("/admin/commandes/" + part.id(), admin));
        assertThat(detail.select("h1").text()).contains(part.number());
        assertThat(detail.select("form[action$=/actions]")).as("read-only").isEmpty();
        assertThat(detail.select("a[href=/espace-commercant/" + c.rucher.id() + "/commandes/" + part.id() + "]")).hasSize(1);
        JsonNode feed = BackOfficeMarket.json(market.apiGet("/api/v1/admin/orders?size=5", admin));
        assertThat(feed.get("items").get(0).get("customerOrderId").asLong()).isEqualTo(order.id().value());
        assertThat(market.get("/admin/commandes/999999", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void theOutboxShowsTheMailSentWithResetLinksMaskedAndBodiesEscaped() {
        Account account = market.shopper("<b>Mallory</b>");
        market.engine.accounts().requestPasswordReset(account.email(), "https://achetez.example/mot-de-passe/");
        String sent = market.engine.mailOutbox().sentTo(account.email(), 1).get(0).mail().body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("mot-de-passe/([A-Za-z0-9_-]{20,})").matcher(sent);
        assertThat(token.find()).as("the mail carries a reset link: " + sent).isTrue();

        HttpResponse<String> page = market.get("/admin/courriels", admin);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(token.group(1)).contains("mot-de-passe/••••••••").doesNotContain("<b>Mallory</b>");
        assertThat(parse(page).select(".mail__meta").text()).contains(account.email());
    }
}
