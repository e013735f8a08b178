package io.comptoir.app.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.WaiverDraft;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop's onboarding: who sees it, what blocks going live, going live, certificates and membership. */
final class OnboardingWebTest {

    @EachDatabase
    void aShopsStaffSeeOnlyTheirOwnShopsOnboardingAndTrainingAndAnAdminReadsButDoesNotLearnForThem(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop mine = world.approvedShop("Fleurs de l’Aa");
            TrainingWorld.Shop theirs = world.approvedShop("Cave du Marais");
            String theirPages = "/espace-commercant/" + theirs.id();
            for (String path : List.of("/mise-en-ligne", "/formation", "/ateliers", "/formation/modules/" + world.reading.id())) {
                assertThat(world.market.get(theirPages + path, mine.session()).statusCode()).as(path).isEqualTo(403);
                HttpResponse<String> own = world.market.get("/espace-commercant/" + mine.id() + path, mine.session());
                assertThat(own.statusCode()).as(path).isEqualTo(200);
                PageChecks.assertAccessible(PageChecks.parse(own), "fr");
            }
            String theirApi = "/api/v1/merchant/" + theirs.id() + "/training";
            for (String path : List.of("/onboarding", "/courses", "/bookings", "/workshops", "/certificates", "/membership",
                    "/modules/" + world.reading.id())) {
                assertThat(world.market.apiGet(theirApi + path, mine.session()).statusCode()).as(path).isEqualTo(403);
            }
            assertThat(world.market.api("POST", theirApi + "/go-live", mine.session(), null).statusCode()).isEqualTo(403);
            assertThat(world.market.api("POST", theirApi + "/modules/" + world.reading.id() + "/completion", mine.session(), null).statusCode())
                    .isEqualTo(403);
            assertThat(world.market.postForm(theirPages + "/mise-en-ligne/charte", mine.session(),
                    Map.of("version", String.valueOf(world.charter.version()))).statusCode()).isEqualTo(403);
            assertThat(world.market.apiGet(theirApi + "/onboarding", world.trainerSession).statusCode()).isEqualTo(403);
            assertThat(world.market.get(theirApi + "/onboarding").statusCode()).isEqualTo(401);

            assertThat(world.market.get(theirPages + "/mise-en-ligne", world.adminSession).statusCode()).isEqualTo(200);
            assertThat(world.market.api("POST", theirApi + "/modules/" + world.reading.id() + "/completion", world.adminSession, null)
                    .statusCode()).isEqualTo(403);
            JsonNode progress = BackOfficeMarket.json(world.market.apiGet(theirApi + "/courses", theirs.session()));
            assertThat(progress.get("courses").get(0).get("completed").asInt()).isZero();
        }
    }

    @EachDatabase
    void goingLiveIsRefusedWithTheBlockingItemsUntilTheChecklistIsDoneThenTheShopsProductsAreFound(TestDatabase db) {
        try (TrainingWorld world = TrainingWorld.start(db)) {
            TrainingWorld.Shop shop = world.approvedShop("Fleurs de l’Aa");
            String api = "/api/v1/merchant/" + shop.id() + "/training";
            String page = "/espace-commercant/" + shop.id() + "/mise-en-ligne";

            HttpResponse<String> refused = world.market.api("POST", api + "/go-live", shop.session(), null);
            assertThat(refused.statusCode()).isEqualTo(409);
            JsonNode refusal = BackOfficeMarket.json(refused);
            assertThat(refusal.get("error").asText()).isEqualTo("activation_refused");
            assertThat(refusal.get("details")).hasSize(5);
            assertThat(refusal.get("details").toString()).contains("Profil", "produit", "bancaires", "formation", "Charte");
            HttpResponse<String> refusedPage = world.market.postForm(page + "/ouvrir", shop.session(), Map.of());
            assertThat(refusedPage.statusCode()).isEqualTo(409);
            Document refusedDocument = PageChecks.parse(refusedPage);
            assertThat(refusedDocument.select(".notice__details li")).hasSize(5);
            PageChecks.assertAccessible(refusedDocument, "fr");
            assertThat(world.market.engine.merchants().require(shop.merchant().id()).status()).isEqualTo(MerchantStatus.ONBOARDING);

            ShopReadiness.prepare(world.market, shop.id(), shop.session(), "Bouquet champêtre", world.market.catalogue.home.id().value());
            assertThat(world.market.api("POST", api + "/modules/" + world.reading.id() + "/completion", shop.session(), null).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> wrongAnswer = world.market.api("POST", api + "/modules/" + world.quizModule.id() + "/quiz-attempts",
                    shop.session(), "{\"answers\": [{\"choices\": [1]}]}");
            assertThat(BackOfficeMarket.json(wrongAnswer).get("passed").asBoolean()).isFalse();
            JsonNode blocking = BackOfficeMarket.json(world.market.apiGet(api + "/onboarding", shop.session())).get("blockingItems");
            assertThat(blocking).hasSize(2);
            assertThat(world.market.api("POST", api + "/go-live", shop.session(), null).statusCode()).isEqualTo(409);

            HttpResponse<String> passed = world.market.api("POST", api + "/modules/" + world.quizModule.id() + "/quiz-attempts",
                    shop.session(), "{\"answers\": [{\"choices\": [0]}]}");
            assertThat(BackOfficeMarket.json(passed).get("passed").asBoolean()).isTrue();
            HttpResponse<String> badVersion = world.market.api("POST", api + "/charter-acceptance", shop.session(), "{\"version\": \"un\"}");
            assertThat(BackOfficeMarket.json(badVersion).get("field").asText()).isEqualTo("version");
            HttpResponse<String> accepted = world.market.postForm(page + "/charte", shop.session(),
                    Map.of("version", String.valueOf(world.charter.version())));
            assertThat(accepted.statusCode()).isEqualTo(303);
            Document ready = PageChecks.parse(world.market.get(page, shop.session()));
            assertThat(ready.select(".training-ready")).hasSize(1);

            HttpResponse<String> live = world.market.postForm(page + "/ouvrir", shop.session(), Map.of());
            assertThat(live.statusCode()).isEqualTo(303);
            assertThat(world.market.engine.merchants().require(shop.merchant().id()).status()).isEqualTo(MerchantStatus.LIVE);
            HttpResponse<String> again = world.market.api("POST", api + "/go-live", shop.session(), null);
            assertThat(BackOfficeMarket.json(again).get("error").asText()).isEqualTo("not_onboarding");
            world.market.engine.refreshSearch();
            assertThat(BackOfficeMarket.json(world.market.get("/api/v1/products?q=Bouquet")).toString()).contains("Bouquet champêtre");

            JsonNode certificates = BackOfficeMarket.json(world.market.apiGet(api + "/certificates", shop.session()));
            assertThat(certificates).hasSize(1);
            HttpResponse<String> pdf = world.market.get(certificates.get(0).get("pdf").asText(), shop.session());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF");
            TrainingWorld.Shop other = world.approvedShop("Cave du Marais");
            assertThat(world.market.get(certificates.get(0).get("pdf").asText(), other.session()).statusCode()).isEqualTo(403);
            assertThat(world.market.apiGet(api + "/certificates/" + world.course.id() + "/" + other.staffId(), shop.session()).statusCode())
                    .as("another shop's person").isEqualTo(403);
            HttpResponse<String> nobody = world.market.apiGet(api + "/certificates/" + world.course.id() + "/999999", shop.session());
            assertThat(nobody.statusCode()).as("no such account").isEqualTo(404);
            assertThat(BackOfficeMarket.json(nobody).get("error").asText()).isEqualTo("account_not_found");

            Actor admin = Actor.account(world.admin.id().value());
            Memberships memberships = world.service(Memberships.class);
            YearMonth month = YearMonth.from(LocalDate.ofInstant(TrainingWorld.START, TrainingWorld.PARIS));
            memberships.setPlan(Money.euros(1500), month, admin);
            memberships.grantWaiver(new WaiverDraft(Optional.of(shop.merchant().id()), month.atDay(1), LocalDate.of(2027, 6, 30),
                    "Première année offerte"), admin);
            JsonNode membership = BackOfficeMarket.json(world.market.apiGet(api + "/membership", shop.session()));
            assertThat(membership.get("state").asText()).isEqualTo("WAIVED");
            assertThat(membership.get("waivedUntil").asText()).isEqualTo("2027-06-30");
            assertThat(BackOfficeMarket.json(world.market.apiGet(api + "/membership?month=2027-07", shop.session())).get("state").asText())
                    .isEqualTo("DUE");
            assertThat(BackOfficeMarket.json(world.market.apiGet(api + "/membership?month=juillet", shop.session())).get("field").asText())
                    .isEqualTo("month");
            assertThat(PageChecks.parse(world.market.get(page, shop.session())).selectFirst(".training-waiver").text())
                    .isEqualTo("Abonnement offert jusqu’au 30 juin 2027");
        }
    }
}
