package io.comptoir.app.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.payment.Payment;
import io.comptoir.engine.api.payment.PaymentStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.comptoir.app.catalogue.PageChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A shop runs its orders from the back-office, with forms and with the API: every move the engine allows, and no other. */
final class MerchantOrdersTest {
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static TestCatalogue c;
    private static Account shopper;
    private static Session staff;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
        market = BackOfficeMarket.start(database);
        c = market.catalogue;
        shopper = market.shopper("Dominique Lefebvre");
        staff = market.session(market.staffOf("Camille Martin", c.martin));
    }

    @AfterAll
    static void stop() {
        market.close();
        database.close();
    }

    private static String orderPage(MerchantOrder order) {
        return "/espace-commercant/" + c.martin.id() + "/commandes/" + order.id();
    }

    private static HttpResponse<String> act(BackOfficeMarket on, Session session, MerchantOrder order, Map<String, String> fields) {
        return on.postForm("/espace-commercant/" + order.merchantId() + "/commandes/" + order.id() + "/actions", session, fields);
    }

    @EachDatabase
    void acceptingThroughTheFormCapturesTheCardThenTheOrderIsReadyAndCollected(TestDatabase db) {
        try (BackOfficeMarket own = BackOfficeMarket.start(db)) {
            TestCatalogue catalogue = own.catalogue;
            Session session = own.session(own.staffOf("Camille Martin", catalogue.martin));
            CustomerOrder order = own.order(own.shopper("Dominique Lefebvre"), BackOfficeMarket.card(),
                    Map.of(catalogue.boots.variants().get(0), 1, catalogue.honeyJar.variants().get(0), 2));
            MerchantOrder part = BackOfficeMarket.partOf(order, catalogue.martin);
            String page = "/espace-commercant/" + catalogue.martin.id() + "/commandes/" + part.id();

            Document dashboard = parse(own.get("/espace-commercant/" + catalogue.martin.id(), session));
            assertThat(dashboard.select(".stat").stream().map(Element::text)).as("one is singular")
                    .contains("1 commande à accepter", "0 commande à préparer", "1 commande reçue aujourd’hui");
            Document english = parse(own.get("/espace-commercant/" + catalogue.martin.id() + "?lang=en", session));
            assertThat(english.select(".stat").stream().map(Element::text))
                    .contains("1 order to accept", "0 orders to prepare", "1 order received today");

            Document before = parse(own.get(page, session));
            assertThat(before.select("form[action$=/actions] button")).extracting(element -> element.text())
                    .contains("Accepter la commande", "Annuler la commande").doesNotContain("Marquer prête à retirer");

            HttpResponse<String> accepted = act(own, session, part, Map.of("action", "ACCEPT"));
            assertThat(accepted.statusCode()).isEqualTo(303);
            assertThat(BackOfficeMarket.location(accepted)).isEqualTo(page + "?ok=order-accept");
            MerchantOrder reloaded = own.reload(part);
            assertThat(reloaded.status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
            assertThat(reloaded.tenders()).allSatisfy(share -> assertThat(share.captured()).isEqualTo(share.amount()));
            assertThat(parse(own.get(BackOfficeMarket.location(accepted), session)).select(".notice--success").text())
                    .contains("Commande acceptée");
            assertThat(BackOfficeMarket.partOf(own.engine.orders().customerOrder(order.id()).orElseThrow(), catalogue.rucher).status())
                    .as("the other shop's part is untouched").isEqualTo(MerchantOrderStatus.PLACED);

            assertThat(act(own, session, part, Map.of("action", "MARK_READY")).statusCode()).isEqualTo(303);
            assertThat(act(own, session, part, Map.of("action", "MARK_COLLECTED")).statusCode()).isEqualTo(303);
            MerchantOrder collected = own.reload(part);
            assertThat(collected.status()).isEqualTo(MerchantOrderStatus.COLLECTED);
            assertThat(collected.history()).extracting(change -> change.actor().toString())
                    .endsWith("account:" + own.engine.sessions().resolve(session.token()).orElseThrow().accountId());
        }
    }

    @Test
    void cancellingWithANoteReturnsTheStockAndTellsTheShopperWhy() {
        int stockBefore = market.engine.catalogue().variant(c.derby.variants().get(0).id()).orElseThrow().stock();
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.derby.variants().get(0), 2)), c.martin);
        assertThat(market.engine.catalogue().variant(c.derby.variants().get(0).id()).orElseThrow().stock()).isEqualTo(stockBefore - 2);

        HttpResponse<String> response = act(market, staff, part, Map.of("action", "CANCEL", "note", "Pointure épuisée en magasin"));

        assertThat(response.statusCode()).isEqualTo(303);
        MerchantOrder cancelled = market.reload(part);
        assertThat(cancelled.status()).isEqualTo(MerchantOrderStatus.CANCELLED);
        assertThat(cancelled.history().get(cancelled.history().size() - 1).note()).isEqualTo("Pointure épuisée en magasin");
        assertThat(cancelled.tenders()).allSatisfy(share -> assertThat(share.released()).isEqualTo(share.amount()));
        assertThat(market.engine.catalogue().variant(c.derby.variants().get(0).id()).orElseThrow().stock()).isEqualTo(stockBefore);
        assertThat(parse(market.get(orderPage(part), staff)).select("form[action$=/actions]")).as("nothing more to do").isEmpty();
    }

    @Test
    void aPartialRefundThroughTheFormRefundsThatAmountAndKeepsTheRestRefundable() {
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.boots.variants().get(1), 1)), c.martin);
        act(market, staff, part, Map.of("action", "ACCEPT"));
        Document page = parse(market.get(orderPage(part), staff));
        assertThat(page.select("#refund-amount").attr("value")).isEqualTo("84,90");

        HttpResponse<String> response = act(market, staff, part, Map.of("action", "REFUND", "amount", "10,50", "note", "Geste commercial"));

        assertThat(response.statusCode()).isEqualTo(303);
        MerchantOrder refunded = market.reload(part);
        assertThat(refunded.status()).isEqualTo(MerchantOrderStatus.REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(Money.euros(1050));
        assertThat(refunded.refundable()).isEqualTo(Money.euros(8490 - 1050));
        Payment payment = market.engine.orders().customerOrder(part.customerOrderId()).orElseThrow().payments().get(0);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(parse(market.get(orderPage(part), staff)).select("#refund-amount").attr("value")).isEqualTo("74,40");
    }

    @Test
    void aRefundAboveWhatWasPaidComesBackOnThePageNamingTheAmountAndChangesNothing() {
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.derby.variants().get(0), 1)), c.martin);
        act(market, staff, part, Map.of("action", "ACCEPT"));

        HttpResponse<String> response = act(market, staff, part, Map.of("action", "REFUND", "amount", "500,00"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = parse(response);
        assertThat(page.select("#refund-amount").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#refund-amount-error").text()).contains("remboursable");
        assertThat(page.select("#refund-amount").attr("value")).isEqualTo("500,00");
        assertThat(market.reload(part).refunded()).isEqualTo(Money.euros(0));
    }

    @Test
    void aMoveTheOrderNoLongerAllowsIsA409PageSayingWhereTheOrderStands() {
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.derby.variants().get(0), 1)), c.martin);
        act(market, staff, part, Map.of("action", "CANCEL"));

        HttpResponse<String> response = act(market, staff, part, Map.of("action", "ACCEPT"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(parse(response).select(".notice--problem").text()).contains("n’est plus possible").contains("Annulée");
        assertThat(market.reload(part).status()).isEqualTo(MerchantOrderStatus.CANCELLED);
    }

    @Test
    void theApiMovesAnOrderAndRefusesAnIllegalMoveWithTheReasonAndTheAllowedActions() {
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.boots.variants().get(0), 1)), c.martin);
        String actions = "/api/v1/merchant/" + c.martin.id() + "/orders/" + part.id() + "/actions";

        HttpResponse<String> illegal = market.api("POST", actions, staff, "{\"action\": \"MARK_COLLECTED\"}");
        assertThat(illegal.statusCode()).isEqualTo(409);
        JsonNode error = BackOfficeMarket.json(illegal);
        assertThat(error.get("error").asText()).isEqualTo("illegal_transition");
        assertThat(error.get("message").asText()).contains("cannot mark collected an order that is placed");
        assertThat(error.get("details")).extracting(JsonNode::asText).containsExactlyInAnyOrder("ACCEPT", "CANCEL");

        JsonNode accepted = BackOfficeMarket.json(market.api("POST", actions, staff, "{\"action\": \"ACCEPT\"}"));
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("tenders").get(0).get("captured").get("amount").asLong()).isEqualTo(7990);
        assertThat(accepted.get("allowedActions")).extracting(JsonNode::asText).containsExactly("MARK_READY", "REFUND");

        HttpResponse<String> refund = market.api("POST", actions, staff,
                "{\"action\": \"REFUND\", \"amount\": {\"amount\": 990, \"currency\": \"EUR\"}, \"note\": \"Lacets manquants\"}");
        assertThat(refund.statusCode()).isEqualTo(200);
        assertThat(BackOfficeMarket.json(refund).get("refunded").get("amount").asLong()).isEqualTo(990);
        assertThat(BackOfficeMarket.json(refund).get("history").get(2).get("note").asText()).isEqualTo("Lacets manquants");

        JsonNode listed = BackOfficeMarket.json(market.apiGet("/api/v1/merchant/" + c.martin.id() + "/orders?status=REFUNDED", staff));
        assertThat(listed.get("items")).extracting(item -> item.get("id").asLong()).contains(part.id().value());
        assertThat(listed.get("items")).allSatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("REFUNDED"));
    }

    @Test
    void aPayAtPickupOrderIsMarkedPaidAtCollection() {
        MerchantOrder part = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.payAtPickup(), Map.of(c.derby.variants().get(0), 1)), c.martin);
        act(market, staff, part, Map.of("action", "ACCEPT"));
        act(market, staff, part, Map.of("action", "MARK_READY"));
        assertThat(parse(market.get(orderPage(part), staff)).select("input[name=action]")).extracting(element -> element.attr("value"))
                .contains("MARK_COLLECTED", "MARK_PAID");

        assertThat(act(market, staff, part, Map.of("action", "MARK_PAID")).statusCode()).isEqualTo(303);

        MerchantOrder paid = market.reload(part);
        assertThat(paid.tenders()).allSatisfy(share -> assertThat(share.captured()).isEqualTo(share.amount()));
        assertThat(parse(market.get(orderPage(part), staff)).select("input[name=action]")).extracting(element -> element.attr("value"))
                .doesNotContain("MARK_PAID");
    }

    @Test
    void theOrdersListFiltersByStatusAndTheDashboardCountsWhatWaits() {
        MerchantOrder waiting = BackOfficeMarket.partOf(market.order(shopper, BackOfficeMarket.card(), Map.of(c.derby.variants().get(0), 1)), c.martin);

        Document list = parse(market.get("/espace-commercant/" + c.martin.id() + "/commandes?statut=PLACED", staff));
        assertThat(list.select("table.bo-table tbody tr th a")).extracting(element -> element.text()).contains(waiting.number());
        assertThat(list.select("table.bo-table tbody .bo-badge")).allSatisfy(badge -> assertThat(badge.text()).isEqualTo("À accepter"));
        assertThat(market.get("/espace-commercant/" + c.martin.id() + "/commandes?statut=EN_COURS", staff).statusCode()).isEqualTo(400);

        int toAccept = market.engine.orders().countMerchantOrders(c.martin.id(), java.util.Set.of(MerchantOrderStatus.PLACED));
        Document dashboard = parse(market.get("/espace-commercant/" + c.martin.id(), staff));
        assertThat(dashboard.select(".stat").first().text()).startsWith(toAccept + " commande");
        assertThat(dashboard.select(".bo-nav__count").text()).isEqualTo(Integer.toString(toAccept));
    }
}
