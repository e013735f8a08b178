package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.VoucherRoles;
import org.jsoup.nodes.Document;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The territory admin opens the account of a new point-of-sale operator, from the point of sale's page or the API: the
 * account gets the point-of-sale role bound to that point of sale, and the person the marketplace's password link by mail;
 * with it they choose a password and sell. Bad input and a taken e-mail are refused and store nothing.
 */
final class PointOfSaleOperatorAccountsTest {
    private static final String NEW_PASSWORD = "tabac-de-la-place-2026";

    private static Map<String, String> invitation(String email, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("invite.email", email);
        fields.put("invite.displayName", name);
        return fields;
    }

    private static int accounts(VoucherMarket m) {
        return m.engine.accounts().count(AccountFilter.all());
    }

    @EachDatabase
    void anAdminOpensAnOperatorsAccountFromThePointOfSalePageAndTheMailedLinkLetsThemChooseAPasswordAndSell(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            String page = "/admin/bons/points-de-vente/" + vm.tobacconist.id();
            Document form = PageChecks.parse(m.get(page, admin));
            PageChecks.assertAccessible(form, "fr");
            assertThat(form.select("form[action=" + page + "/operateurs/nouveau] input[name=invite.email]")).hasSize(1);
            assertThat(form.select("form[action=" + page + "/operateurs/nouveau] input[name=invite.displayName]")).hasSize(1);

            HttpResponse<String> invited = m.postForm(page + "/operateurs/nouveau", admin,
                    invitation("  Lea.Buraliste@Example.org ", "Léa Buraliste"));
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(303);
            assertThat(VoucherMarket.location(invited)).startsWith(page + "?").contains("ok=operator-invited");
            Document after = PageChecks.parse(m.get(VoucherMarket.location(invited), admin));
            assertThat(after.select(".notice--success").text()).contains("Compte créé");
            assertThat(after.select("#operators-title ~ ul").text()).contains("Léa Buraliste", "lea.buraliste@example.org");

            Account operator = m.engine.accounts().accountByEmail("lea.buraliste@example.org").orElseThrow();
            assertThat(operator.displayName()).isEqualTo("Léa Buraliste");
            assertThat(operator.scopesOf(VoucherRoles.POINT_OF_SALE)).containsExactly(vm.tobacconist.id());
            assertThat(operator.hasRole(Role.TERRITORY_ADMIN)).isFalse();
            assertThat(vm.services.pointsOfSale().operators(vm.tobacconist.id())).extracting(Account::email)
                    .contains("lea.buraliste@example.org");

            // Two mails: the welcome naming the point of sale, then the password link to this very app.
            List<SentMail> mails = m.engine.mailOutbox().sentTo("lea.buraliste@example.org", 10);
            assertThat(mails).extracting(mail -> mail.mail().kind()).containsExactlyInAnyOrder("vouchers_operator_invited", "password_reset");
            assertThat(mails).filteredOn(mail -> mail.mail().kind().equals("vouchers_operator_invited")).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains("Tabac de la Place", "mot de passe"));
            String link = mails.stream().filter(mail -> mail.mail().kind().equals("password_reset")).findFirst().orElseThrow().mail().body();
            Matcher token = Pattern.compile("(http://\\S+/reinitialiser-mot-de-passe\\?jeton=)([A-Za-z0-9_-]+)").matcher(link);
            assertThat(token.find()).as(link).isTrue();
            assertThat(URI.create(token.group(1)).getPort()).isEqualTo(m.app.port());

            // With the link, the person chooses a password, signs in with it and sells.
            HttpResponse<String> chosen = m.send(java.net.http.HttpRequest.newBuilder(m.uri("/api/v1/auth/password-reset/confirm"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token.group(2) + "\",\"password\":\""
                            + NEW_PASSWORD + "\"}")).build());
            assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
            assertThat(m.engine.accounts().authenticate("lea.buraliste@example.org", NEW_PASSWORD, "10.0.0.9").id()).isEqualTo(operator.id());
            Session operatorSession = m.session(operator);
            HttpResponse<String> till = m.get("/point-de-vente/" + vm.tobacconist.id(), operatorSession);
            assertThat(till.statusCode()).as(till.body()).isEqualTo(200);
            assertThat(PageChecks.parse(till).select("h1").text()).isEqualTo("Vendre des bons d’achat");
        }
    }

    @EachDatabase
    void badInputATakenEmailAnUnknownPointOfSaleAndAnotherRoleAreRefusedAndStoreNothing(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            Session staff = vm.staffOf(vm.catalogue().martin);
            Account existing = m.shopper("Jean Déjàinscrit");
            String page = "/admin/bons/points-de-vente/" + vm.tobacconist.id();
            int accountsBefore = accounts(m);
            int operatorsBefore = vm.services.pointsOfSale().operators(vm.tobacconist.id()).size();

            HttpResponse<String> noEmail = m.postForm(page + "/operateurs/nouveau", admin, invitation("", "Léa Buraliste"));
            assertThat(noEmail.statusCode()).isEqualTo(400);
            Document refused = PageChecks.parse(noEmail);
            PageChecks.assertAccessible(refused, "fr");
            assertThat(refused.select("#invite-email-error").text()).isNotBlank();
            assertThat(refused.select("#operator-email-error")).as("the other form's field is not blamed").isEmpty();
            assertThat(refused.select("#invite-name").attr("value")).isEqualTo("Léa Buraliste");

            HttpResponse<String> badEmail = m.postForm(page + "/operateurs/nouveau", admin, invitation("lea.buraliste@", "Léa"));
            assertThat(badEmail.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(badEmail).select("#invite-email-error").text()).contains("adresse électronique");
            assertThat(PageChecks.parse(badEmail).select("#invite-email").attr("value")).isEqualTo("lea.buraliste@");

            HttpResponse<String> noName = m.postForm(page + "/operateurs/nouveau", admin, invitation("lea@example.org", "   "));
            assertThat(noName.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(noName).select("#invite-name-error").text()).isNotBlank();
            assertThat(PageChecks.parse(noName).select("#invite-email-error")).isEmpty();

            HttpResponse<String> taken = m.postForm(page + "/operateurs/nouveau", admin,
                    invitation(existing.email().toUpperCase(), "Quelqu’un d’autre"));
            assertThat(taken.statusCode()).isEqualTo(409);
            Document conflict = PageChecks.parse(taken);
            assertThat(conflict.select(".notice").text()).contains("existant");
            assertThat(conflict.select("#invite-email-error").text()).isNotBlank();

            assertThat(m.postForm("/admin/bons/points-de-vente/999999/operateurs/nouveau", admin,
                    invitation("lea@example.org", "Léa")).statusCode()).isEqualTo(404);
            assertThat(m.postForm(page + "/operateurs/nouveau", staff, invitation("lea@example.org", "Léa")).statusCode()).isEqualTo(403);
            assertThat(m.send(java.net.http.HttpRequest.newBuilder(m.uri(page + "/operateurs/nouveau"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(VoucherMarket.formBody(invitation("lea@example.org", "Léa"))))
                    .build()).statusCode()).as("anonymous").isIn(303, 401, 403);

            assertThat(accounts(m)).isEqualTo(accountsBefore);
            assertThat(m.engine.accounts().accountByEmail("lea@example.org")).isEmpty();
            assertThat(m.engine.accounts().accountByEmail("lea.buraliste@")).isEmpty();
            assertThat(m.engine.accounts().account(existing.id()).orElseThrow().hasRole(VoucherRoles.POINT_OF_SALE)).isFalse();
            assertThat(vm.services.pointsOfSale().operators(vm.tobacconist.id())).hasSize(operatorsBefore);
            assertThat(m.engine.mailOutbox().sentTo(existing.email(), 10)).isEmpty();
            assertThat(m.engine.mailOutbox().sentTo("lea@example.org", 10)).isEmpty();
        }
    }

    @EachDatabase
    void theApiOpensAnOperatorsAccountAnswering201AndRefusesBadInputWith400NamingTheFieldAndATakenEmailWith409(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            Session staff = vm.staffOf(vm.catalogue().martin);
            Account existing = m.shopper("Jean Déjàinscrit");
            String path = "/api/v1/admin/vouchers/points-of-sale/" + vm.tobacconist.id() + "/operator-accounts";
            int accountsBefore = accounts(m);

            List<List<String>> cases = List.of(
                    List.of("{\"displayName\":\"Léa\"}", "email"),
                    List.of("{\"email\":\"lea@example.org\"}", "displayName"),
                    List.of("{\"email\":\"pas-une-adresse\",\"displayName\":\"Léa\"}", "email"),
                    List.of("{\"email\":\"lea@example.org\",\"displayName\":\" \"}", "displayName"),
                    List.of("{\"email\":\"lea@example.org\",\"displayName\":\"" + "L".repeat(101) + "\"}", "displayName"),
                    List.of("{\"email\":42,\"displayName\":\"Léa\"}", "email"));
            for (List<String> c : cases) {
                HttpResponse<String> answer = m.api("POST", path, admin, c.get(0));
                assertThat(answer.statusCode()).as(c.get(0)).isEqualTo(400);
                JsonNode error = VoucherMarket.json(answer);
                assertThat(error.path("field").asText()).as(c.get(0)).isEqualTo(c.get(1));
                assertThat(error.path("error").asText()).isNotBlank();
            }
            HttpResponse<String> taken = m.api("POST", path, admin, "{\"email\":\"" + existing.email() + "\",\"displayName\":\"Autre\"}");
            assertThat(taken.statusCode()).isEqualTo(409);
            assertThat(VoucherMarket.json(taken).path("error").asText()).isEqualTo("email_taken");
            assertThat(m.api("POST", "/api/v1/admin/vouchers/points-of-sale/999999/operator-accounts", admin,
                    "{\"email\":\"lea@example.org\",\"displayName\":\"Léa\"}").statusCode()).isEqualTo(404);
            assertThat(m.api("POST", path, staff, "{\"email\":\"lea@example.org\",\"displayName\":\"Léa\"}").statusCode()).isEqualTo(403);
            assertThat(accounts(m)).isEqualTo(accountsBefore);
            assertThat(m.engine.accounts().account(existing.id()).orElseThrow().hasRole(VoucherRoles.POINT_OF_SALE)).isFalse();
            assertThat(m.engine.mailOutbox().sentTo("lea@example.org", 10)).isEmpty();

            HttpResponse<String> created = m.api("POST", path, admin, "{\"email\":\"lea@example.org\",\"displayName\":\"Léa Buraliste\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode pos = VoucherMarket.json(created);
            assertThat(pos.path("id").asLong()).isEqualTo(vm.tobacconist.id());
            Account operator = m.engine.accounts().accountByEmail("lea@example.org").orElseThrow();
            assertThat(pos.path("operators").findValuesAsText("email")).contains("lea@example.org");
            assertThat(pos.path("operators").findValues("id").stream().map(JsonNode::asLong).toList()).contains(operator.id().value());
            assertThat(operator.scopesOf(VoucherRoles.POINT_OF_SALE)).containsExactly(vm.tobacconist.id());
            assertThat(m.engine.mailOutbox().sentTo("lea@example.org", 10)).extracting(mail -> mail.mail().kind())
                    .containsExactlyInAnyOrder("vouchers_operator_invited", "password_reset");
            assertThat(accounts(m)).isEqualTo(accountsBefore + 1);

            HttpResponse<String> again = m.api("POST", path, admin, "{\"email\":\"lea@example.org\",\"displayName\":\"Léa Buraliste\"}");
            assertThat(again.statusCode()).as("a second invitation to the same address").isEqualTo(409);
            assertThat(accounts(m)).isEqualTo(accountsBefore + 1);
        }
    }
}
