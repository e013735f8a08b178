package io.comptoir.app.web.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API calls a client lacked (issue 17): an account's holder renames it, changes its e-mail and password and closes it;
 * a shop lists and invites its staff; a shopper cancels a whole order at once; the territory filters its order feed and pages
 * it by cursor however deep.
 */
final class ApiGapsTest {

    @EachDatabase
    void anAccountsHolderChangesItsNameEmailAndPasswordThenClosesIt(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            Account lea = market.shopper("Léa Martin");
            Session session = market.session(lea);

            HttpResponse<String> renamed = market.api("PATCH", "/api/v1/auth/me", session, "{\"displayName\": \"Léa Dubois\"}");
            assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
            assertThat(BackOfficeMarket.json(renamed).get("displayName").asText()).isEqualTo("Léa Dubois");
            assertThat(field(market.api("PATCH", "/api/v1/auth/me", session, "{\"displayName\": \"\"}"), 400)).isEqualTo("displayName");

            assertThat(field(market.api("PUT", "/api/v1/auth/me/email", session, "{\"email\": \"lea@example.org\", \"currentPassword\": \"nope\"}"), 400))
                    .isEqualTo("currentPassword");
            HttpResponse<String> moved = market.api("PUT", "/api/v1/auth/me/email", session,
                    "{\"email\": \"lea@example.org\", \"currentPassword\": \"" + BackOfficeMarket.PASSWORD + "\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(BackOfficeMarket.json(moved).get("email").asText()).isEqualTo("lea@example.org");

            HttpResponse<String> changed = market.api("PUT", "/api/v1/auth/me/password", session,
                    "{\"currentPassword\": \"" + BackOfficeMarket.PASSWORD + "\", \"newPassword\": \"un nouveau mot de passe\"}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(market.apiGet("/api/v1/auth/me", session).statusCode()).as("the old session ended").isEqualTo(401);
            Session fresh = market.engine.sessions().resolve(BackOfficeMarket.json(changed).get("token").asText()).orElseThrow();

            HttpResponse<String> closed = market.api("POST", "/api/v1/auth/me/close", fresh, "{\"currentPassword\": \"un nouveau mot de passe\"}");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
            assertThat(market.engine.accounts().account(lea.id()).orElseThrow().active()).isFalse();
            assertThat(market.apiGet("/api/v1/auth/me", fresh).statusCode()).isEqualTo(401);
        }
    }

    @EachDatabase
    void aShopListsItsStaffAndInvitesSomeoneByEmail(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            TestCatalogue c = market.catalogue;
            Account owner = market.staffOf("Paul Martin", c.martin);
            Session session = market.session(owner);
            String staff = "/api/v1/merchant/" + c.martin.id().value() + "/staff";

            HttpResponse<String> invited = market.api("POST", staff, session, "{\"email\": \"Nina.Vendeuse@example.org\", \"displayName\": \"Nina\"}");
            assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
            JsonNode list = BackOfficeMarket.json(market.apiGet(staff, session));
            List<String> emails = new ArrayList<>();
            list.forEach(member -> emails.add(member.get("email").asText()));
            assertThat(emails).containsExactlyInAnyOrder(owner.email(), "nina.vendeuse@example.org");
            assertThat(market.engine.mailOutbox().sentTo("nina.vendeuse@example.org", 5)).extracting(mail -> mail.mail().kind())
                    .containsExactlyInAnyOrder("account_invited", "password_reset");

            // someone already on the staff: nothing to create, nothing to mail again
            HttpResponse<String> again = market.api("POST", staff, session, "{\"email\": \"nina.vendeuse@example.org\"}");
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(BackOfficeMarket.json(again).get("email").asText()).isEqualTo("nina.vendeuse@example.org");
            assertThat(market.engine.mailOutbox().sentTo("nina.vendeuse@example.org", 5)).hasSize(2);
            assertThat(market.api("POST", staff, session, "{\"email\": \"" + owner.email() + "\"}").statusCode()).isEqualTo(200);

            assertThat(field(market.api("POST", staff, session, "{\"email\": \"pas une adresse\"}"), 400)).isEqualTo("email");
            Session stranger = market.session(market.staffOf("Rita Rucher", c.rucher));
            assertThat(market.apiGet(staff, stranger).statusCode()).as("another shop's staff").isEqualTo(403);
            assertThat(market.api("POST", staff, stranger, "{\"email\": \"x@example.org\", \"displayName\": \"X\"}").statusCode()).isEqualTo(403);
        }
    }

    @EachDatabase
    void aShopperCancelsAWholeOrderAndTheTerritoryFeedIsFilteredAndPagedByCursor(TestDatabase db) {
        try (BackOfficeMarket market = BackOfficeMarket.start(db)) {
            TestCatalogue c = market.catalogue;
            Account shopper = market.shopper("Camille Durand");
            Session session = market.session(shopper);
            CustomerOrder first = market.order(shopper, BackOfficeMarket.payAtPickup(),
                    Map.of(c.honeyJar.variants().get(0), 1, c.derby.variants().get(0), 1));
            CustomerOrder second = market.order(shopper, BackOfficeMarket.payAtPickup(), Map.of(c.jam.variants().get(0), 1));

            HttpResponse<String> cancelled = market.api("POST", "/api/v1/orders/" + first.id().value() + "/cancel", session, null);
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            BackOfficeMarket.json(cancelled).get("merchantOrders").forEach(part -> assertThat(part.get("status").asText()).isEqualTo("CANCELLED"));
            Session other = market.session(market.shopper("Dominique Lefebvre"));
            assertThat(market.api("POST", "/api/v1/orders/" + second.id().value() + "/cancel", other, null).statusCode())
                    .as("another shopper's order").isEqualTo(404);

            Session admin = market.session(market.admin("Alice Admin"));
            JsonNode placed = BackOfficeMarket.json(market.apiGet("/api/v1/admin/orders?status=PLACED", admin));
            assertThat(placed.get("items")).singleElement().satisfies(part -> assertThat(part.get("customerOrderId").asLong()).isEqualTo(second.id().value()));
            List<Long> walked = new ArrayList<>();
            String next = "";
            do {
                JsonNode page = BackOfficeMarket.json(market.apiGet("/api/v1/admin/orders?size=1" + next, admin));
                page.get("items").forEach(part -> walked.add(part.get("id").asLong()));
                next = page.get("next").isNull() ? null : "&after=" + page.get("next").asText();
            }
            while (next != null);
            assertThat(walked).hasSize(3).doesNotHaveDuplicates();
            assertThat(BackOfficeMarket.json(market.apiGet("/api/v1/admin/orders?merchant=" + c.rucher.id().value() + "&status="
                    + MerchantOrderStatus.CANCELLED, admin)).get("items")).hasSize(1);
            assertThat(field(market.apiGet("/api/v1/admin/orders?after=garbage", admin), 400)).isEqualTo("after");
            assertThat(field(market.apiGet("/api/v1/admin/orders?status=LOST", admin), 400)).isEqualTo("status");
            assertThat(field(market.apiGet("/api/v1/admin/orders?from=yesterday", admin), 400)).isEqualTo("from");
            assertThat(field(market.apiGet("/api/v1/admin/orders?page=2&status=PLACED", admin), 400)).isEqualTo("page");
        }
    }

    private static String field(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return BackOfficeMarket.json(response).get("field").asText();
    }
}
