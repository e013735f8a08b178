package io.comptoir.app.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.payment.ShopPaymentMethod;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's staff choose the ways to pay their shop accepts: in the back-office (a form that works without JavaScript, French
 * first, English available) and through the API; every way to pay is accepted until they refuse it, and a shop keeps one.
 */
@EachDatabaseClass
final class PaymentMethodsBackOfficeTest {
    private static final List<String> EVERY_WAY = List.of("sandbox-card", "pay-at-pickup");
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Account staffAccount;
    private static Session staff;
    private static Session otherShopsStaff;
    private static Session admin;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        staffAccount = market.staffOf("Paul Apiculteur", c.rucher);
        staff = market.session(staffAccount);
        otherShopsStaff = market.session(market.staffOf("Camille Chausseuse", c.martin));
        admin = market.session(market.admin("Équipe du territoire"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** Each test starts from a shop that accepts every way to pay, as every shop does until its staff choose. */
    @BeforeEach
    void acceptEverything() {
        market.engine.payments().acceptPaymentMethods(c.rucher.id(), Set.copyOf(EVERY_WAY), TestCatalogue.ADMIN);
    }

    private static String page() {
        return "/espace-commercant/" + c.rucher.id() + "/moyens-de-paiement";
    }

    private static String api() {
        return "/api/v1/merchant/" + c.rucher.id() + "/payment-methods";
    }

    @Test
    void everyWayToPayIsTickedUntilTheShopRefusesOneAndThePageSpeaksFrenchThenEnglish() {
        Document page = parse(market.get(page(), staff));

        assertThat(page.select("h1").text()).isEqualTo("Moyens de paiement");
        assertThat(page.select("input[name=methods]")).extracting(input -> input.attr("value")).containsExactlyElementsOf(EVERY_WAY);
        assertThat(page.select("input[name=methods]")).allSatisfy(input -> assertThat(input.hasAttr("checked")).isTrue());
        assertThat(page.select("label[for=method-pay-at-pickup]").text()).isEqualTo("Paiement au retrait");
        assertThat(page.select("form[method=post] input[name=_csrf]").attr("value")).isEqualTo(staff.csrfToken());
        assertThat(page.select("nav a[href=" + page() + "]").text()).contains("Moyens de paiement");

        Document english = parse(market.get(page() + "?lang=en", staff));
        assertThat(english.select("h1").text()).isEqualTo("Ways to pay");
        assertThat(english.select("label[for=method-pay-at-pickup]").text()).isEqualTo("Payment at pickup");
    }

    @Test
    void staffUntickAWayToPayWithThePlainFormAndTheChangeIsRecordedWithWhoMadeIt() {
        HttpResponse<String> saved = market.postForm(page(), staff, List.of(Map.entry("methods", "sandbox-card")));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(BackOfficeMarket.location(saved)).startsWith(page());
        assertThat(accepted()).containsExactly("sandbox-card");
        Document page = parse(market.get(BackOfficeMarket.location(saved), staff));
        assertThat(page.text()).contains("Modifications enregistrées");
        assertThat(page.select("input#method-pay-at-pickup").hasAttr("checked")).isFalse();
        assertThat(page.select("input#method-sandbox-card").hasAttr("checked")).isTrue();
        Map<String, Object> event = Jdbi.create(database.dataSource()).withHandle(handle -> handle.createQuery("""
                SELECT data, actor FROM domain_event WHERE type = 'merchant.payment_methods_changed' AND aggregate_id = :shop
                ORDER BY id DESC""").bind("shop", c.rucher.id().toString()).mapToMap().list().get(0));
        assertThat(event.get("actor").toString()).contains(Long.toString(staffAccount.id().value()));
        assertThat(event.get("data").toString()).contains("pay-at-pickup");
    }

    @Test
    void aShopCannotRefuseEveryWayToPayAndAFormWithoutItsTokenChangesNothing() {
        HttpResponse<String> none = market.postForm(page(), staff, List.of());

        assertThat(none.statusCode()).isEqualTo(400);
        Document page = parse(none);
        assertThat(page.select("#methods-error").text()).isEqualTo("Acceptez au moins un moyen de paiement.");
        assertThat(page.select("input[name=methods]")).allSatisfy(input -> assertThat(input.hasAttr("checked")).isFalse());
        assertThat(accepted()).containsExactlyElementsOf(EVERY_WAY);

        HttpResponse<String> forged = market.postForm(page(), staff, Map.of("_csrf", "pas-le-bon-jeton", "methods", "sandbox-card"));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = market.postForm(page(), staff, List.of(Map.entry("methods", "cheque")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(parse(unknown).select("#methods-error").text()).isEqualTo("Ce moyen de paiement n’est pas proposé par la place de marché.");
        assertThat(accepted()).containsExactlyElementsOf(EVERY_WAY);
    }

    @Test
    void anotherShopsStaffCannotSeeNorChangeItsWaysToPay() {
        assertThat(market.get(page(), otherShopsStaff).statusCode()).isEqualTo(403);
        assertThat(market.postForm(page(), otherShopsStaff, List.of(Map.entry("methods", "sandbox-card"))).statusCode()).isEqualTo(403);
        assertThat(market.apiGet(api(), otherShopsStaff).statusCode()).isEqualTo(403);
        assertThat(market.api("PUT", api(), otherShopsStaff, "{\"methods\": [\"sandbox-card\"]}").statusCode()).isEqualTo(403);
        assertThat(accepted()).containsExactlyElementsOf(EVERY_WAY);
    }

    @Test
    void theApiReadsAndSetsTheWaysToPayAndNamesTheFieldAtFault() {
        JsonNode read = BackOfficeMarket.json(market.apiGet(api(), staff));
        assertThat(read.get("methods")).extracting(method -> method.get("method").asText()).containsExactlyElementsOf(EVERY_WAY);
        assertThat(read.get("methods")).allSatisfy(method -> {
            assertThat(method.get("accepted").asBoolean()).isTrue();
            assertThat(method.get("usable").asBoolean()).isTrue();
            assertThat(method.get("declined").isNull()).isTrue();
        });

        HttpResponse<String> put = market.api("PUT", api(), staff, "{\"methods\": [\"pay-at-pickup\"]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(BackOfficeMarket.json(put).get("methods")).extracting(method -> method.get("method").asText() + "="
                + method.get("accepted").asBoolean()).containsExactly("sandbox-card=false", "pay-at-pickup=true");
        assertThat(accepted()).containsExactly("pay-at-pickup");

        for (String body : List.of("{\"methods\": []}", "{}", "{\"methods\": [\"cheque\"]}", "{\"methods\": \"pay-at-pickup\"}", "{\"methods\": [3]}")) {
            HttpResponse<String> refused = market.api("PUT", api(), staff, body);
            assertThat(refused.statusCode()).as(body + " " + refused.body()).isEqualTo(400);
            assertThat(BackOfficeMarket.json(refused).get("field").asText()).as(body).startsWith("methods");
        }
        assertThat(BackOfficeMarket.json(market.api("PUT", api(), staff, "{\"methods\": []}")).get("error").asText())
                .isEqualTo("no_payment_method");
        assertThat(BackOfficeMarket.json(market.api("PUT", api(), staff, "{\"methods\": [\"cheque\"]}")).get("error").asText())
                .isEqualTo("invalid_methods");
        assertThat(accepted()).as("nothing changed").containsExactly("pay-at-pickup");

        assertThat(market.apiGet("/api/v1/merchant/987654/payment-methods", admin).statusCode()).isEqualTo(404);
        assertThat(market.api("PUT", "/api/v1/merchant/987654/payment-methods", admin, "{\"methods\": [\"pay-at-pickup\"]}").statusCode())
                .isEqualTo(404);
        assertThat(market.api("PUT", api(), admin, "{\"methods\": [\"sandbox-card\", \"pay-at-pickup\"]}").statusCode())
                .as("the territory may act for a shop").isEqualTo(200);
    }

    private static List<String> accepted() {
        return market.engine.payments().paymentMethodsOf(c.rucher.id()).stream().filter(ShopPaymentMethod::accepted)
                .map(ShopPaymentMethod::method).toList();
    }
}
