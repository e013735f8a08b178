package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleStatus;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The till's JSON API: idempotent sales, cancellation window, budget refusal, role isolation, bad input naming the field. */
final class PointOfSaleApiTest {

    private static String boosterSale(VoucherMarket market, int quantity) {
        return "{\"programmeId\": " + market.booster.id() + ", \"denominationId\": " + market.boosterDenomination() + ", \"quantity\": "
                + quantity + "}";
    }

    private static void assertError(HttpResponse<String> response, int status, String error, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode json = VoucherMarket.json(response);
        if (error.endsWith("*")) {
            assertThat(json.get("error").asText()).startsWith(error.substring(0, error.length() - 1));
        }
        else {
            assertThat(json.get("error").asText()).isEqualTo(error);
        }
        if (field == null) {
            assertThat(json.get("field").isNull()).isTrue();
        }
        else {
            assertThat(json.get("field").asText()).isEqualTo(field);
        }
        assertThat(json.get("message").asText()).isNotBlank();
    }

    @EachDatabase
    void aSaleWithAnIdempotencyKeyIssuesTheVouchersOnceAndARetryReturnsTheSameSale(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            String root = "/api/v1/pos/" + market.tobacconist.id();

            JsonNode places = VoucherMarket.json(market.api("GET", "/api/v1/pos", operator, null));
            assertThat(places).hasSize(1);
            assertThat(places.get(0).get("name").asText()).isEqualTo("Tabac de la Place");
            JsonNode programmes = VoucherMarket.json(market.api("GET", root + "/programmes", operator, null));
            assertThat(programmes.findValuesAsText("slug")).containsExactlyInAnyOrder("happy-kdo-booster", "cheque-cadeau");

            HttpResponse<String> sold = market.api("POST", root + "/sales", operator, boosterSale(market, 2), "Idempotency-Key", "till-7-0001");
            assertThat(sold.statusCode()).as(sold.body()).isEqualTo(201);
            JsonNode sale = VoucherMarket.json(sold);
            assertThat(sale.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(sale.get("amountPaid").get("amount").asLong()).isEqualTo(2000);
            assertThat(sale.get("subsidy").get("amount").asLong()).isEqualTo(400);
            assertThat(sale.get("vouchers")).hasSize(2);
            assertThat(sale.get("vouchers").get(0).get("code").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]");
            assertThat(sale.get("cancellableUntil").isNull()).isFalse();
            assertThat(sold.headers().firstValue("Location")).hasValue(root + "/sales/" + sale.get("id").asLong());

            HttpResponse<String> retried = market.api("POST", root + "/sales", operator, boosterSale(market, 2), "Idempotency-Key", "till-7-0001");
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(VoucherMarket.json(retried).get("id").asLong()).isEqualTo(sale.get("id").asLong());
            assertThat(VoucherMarket.json(retried).get("vouchers").findValuesAsText("code"))
                    .isEqualTo(sale.get("vouchers").findValuesAsText("code"));
            assertError(market.api("POST", root + "/sales", operator, boosterSale(market, 3), "Idempotency-Key", "till-7-0001"),
                    409, "idempotency_key_reused", null);
            assertThat(market.salesToday(market.tobacconist)).hasSize(1);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));

            HttpResponse<String> printout = market.api("GET", root + "/sales/" + sale.get("id").asLong() + "/printout", operator, null);
            assertThat(printout.statusCode()).isEqualTo(200);
            assertThat(printout.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            assertThat(printout.body()).startsWith("%PDF-");

            JsonNode day = VoucherMarket.json(market.api("GET", root + "/sales", operator, null));
            assertThat(day).hasSize(1);
            JsonNode remittance = VoucherMarket.json(market.api("GET", root + "/remittance", operator, null));
            assertThat(remittance.get("vouchersSold").asInt()).isEqualTo(2);
            assertThat(remittance.get("toHandOver").get("amount").asLong()).isEqualTo(2000);
        }
    }

    @EachDatabase
    void badInputIsA4xxNamingTheFieldAndNothingIsSold(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            String sales = "/api/v1/pos/" + market.tobacconist.id() + "/sales";
            assertError(market.api("POST", sales, operator, boosterSale(market, 1)), 400, "missing_idempotency_key", "Idempotency-Key");
            assertError(market.api("POST", sales, operator, boosterSale(market, 0), "Idempotency-Key", "till-key-01"), 400, "invalid_quantity", "quantity");
            assertError(market.api("POST", sales, operator, boosterSale(market, 21), "Idempotency-Key", "till-key-02"), 400, "invalid_quantity", "quantity");
            assertError(market.api("POST", sales, operator, "{\"programmeId\": 999999, \"denominationId\": 1}", "Idempotency-Key", "till-key-03"),
                    400, "unknown_programme", "programmeId");
            assertError(market.api("POST", sales, operator, "{\"programmeId\": " + market.booster.id() + ", \"denominationId\": 999999}",
                    "Idempotency-Key", "till-key-04"), 400, "unknown_denomination", "denominationId");
            assertError(market.api("POST", sales, operator, "{\"programmeId\": \"un\", \"denominationId\": 1}", "Idempotency-Key", "till-key-05"),
                    400, "invalid*", "programmeId");
            assertError(market.api("POST", sales, operator, "{\"programmeId\": " + market.booster.id() + ", \"denominationId\": "
                    + market.boosterDenomination() + ", \"buyerEmail\": \"pas-une-adresse\"}", "Idempotency-Key", "till-key-06"), 400, "invalid*", "buyerEmail");
            HttpResponse<String> text = market.send(java.net.http.HttpRequest.newBuilder(market.uri(sales))
                    .header("Authorization", "Bearer " + operator.token()).header("Idempotency-Key", "till-key-07").header("Content-Type", "text/plain")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(boosterSale(market, 1))).build());
            assertThat(text.statusCode()).isEqualTo(415);
            assertError(market.api("GET", "/api/v1/pos/" + market.tobacconist.id() + "/sales?day=hier", operator, null), 400, "invalid_day", "day");
            assertError(market.api("GET", "/api/v1/pos/abc/sales", operator, null), 400, "invalid*", "pointOfSaleId");
            assertError(market.api("POST", "/api/v1/pos/" + market.tobacconist.id() + "/stock-sales", operator, "{\"code\": \"AAAA-BBBB-CCCC-D\"}",
                    "Idempotency-Key", "till-key-08"), 400, "invalid_code", "code");

            assertThat(market.salesToday(market.tobacconist)).isEmpty();
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
        }
    }

    @EachDatabase
    void anotherPointOfSaleGets403AShopper403AndAnonymousCallers401(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Sale sale = market.sellBooster(1);
            Session newsagent = market.session(market.newsagentOperator);
            Session shopper = market.session(market.shopper("Camille Client"));
            String root = "/api/v1/pos/" + market.tobacconist.id();
            for (String path : new String[] {root + "/programmes", root + "/sales", root + "/sales/" + sale.id(), root + "/sales/" + sale.id()
                    + "/printout", root + "/remittance"}) {
                assertError(market.api("GET", path, newsagent, null), 403, "forbidden", null);
                assertError(market.api("GET", path, shopper, null), 403, "forbidden", null);
                assertError(market.api("GET", path, null, null), 401, "unauthorized", null);
            }
            assertError(market.api("POST", root + "/sales", newsagent, boosterSale(market, 1), "Idempotency-Key", "steal-key-1"), 403, "forbidden", null);
            assertError(market.api("POST", root + "/sales/" + sale.id() + "/cancel", newsagent, "{}"), 403, "forbidden", null);
            assertError(market.api("GET", "/api/v1/pos/" + market.newsagent.id() + "/sales/" + sale.id(), newsagent, null), 404, "sale_not_found", null);
            assertThat(VoucherMarket.json(market.api("GET", "/api/v1/pos", shopper, null)).path("error").asText()).isEqualTo("forbidden");
            assertThat(market.desk().sale(sale.id()).orElseThrow().status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(market.salesToday(market.newsagent)).isEmpty();
        }
    }

    @EachDatabase
    void aSaleIsCancelledInsideTheWindowOnlyAndTheBudgetRefusalLetsOrdinaryVouchersSell(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db, Money.euros(400), Map.of())) {
            Session operator = market.session(market.tobacconistOperator);
            String root = "/api/v1/pos/" + market.tobacconist.id();
            long first = VoucherMarket.json(market.api("POST", root + "/sales", operator, boosterSale(market, 1), "Idempotency-Key", "cancel-test-1"))
                    .get("id").asLong();
            HttpResponse<String> cancelled = market.api("POST", root + "/sales/" + first + "/cancel", operator, "{\"reason\": \"erreur\"}");
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            assertThat(VoucherMarket.json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
            assertThat(VoucherMarket.json(cancelled).get("vouchers").get(0).get("status").asText()).isEqualTo("CANCELLED");
            assertThat(market.api("POST", root + "/sales/" + first + "/cancel", operator, null).statusCode()).as("twice: nothing more").isEqualTo(200);

            HttpResponse<String> twoBoosters = market.api("POST", root + "/sales", operator, boosterSale(market, 2), "Idempotency-Key", "cancel-test-2");
            assertThat(twoBoosters.statusCode()).isEqualTo(201);
            long second = VoucherMarket.json(twoBoosters).get("id").asLong();
            assertError(market.api("POST", root + "/sales", operator, boosterSale(market, 1), "Idempotency-Key", "cancel-test-3"), 409, "budget_exhausted", null);
            JsonNode programmes = VoucherMarket.json(market.api("GET", root + "/programmes", operator, null));
            for (JsonNode programme : programmes) {
                boolean soldOut = programme.get("slug").asText().equals("happy-kdo-booster");
                assertThat(programme.get("denominations").findValues("soldOut")).allSatisfy(flag -> assertThat(flag.asBoolean()).isEqualTo(soldOut));
            }
            assertThat(market.api("POST", root + "/sales", operator, "{\"programmeId\": " + market.gift.id() + ", \"denominationId\": "
                    + market.giftDenomination(1000) + "}", "Idempotency-Key", "cancel-test-4").statusCode()).isEqualTo(201);

            market.clock.advance(Duration.ofMinutes(16));
            assertError(market.api("POST", root + "/sales/" + second + "/cancel", operator, "{}"), 409, "cancel_window_passed", null);
            assertThat(market.desk().sale(second).orElseThrow().status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(400));
        }
    }

    @EachDatabase
    void aPrePrintedVoucherIsActivatedOnceThroughTheApi(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            var admin = market.admin("Alice Admin");
            Batch batch = market.stock().generate(market.booster.id(), market.boosterDenomination(), 4, "api-batch-0001", admin).batch();
            market.stock().assign(batch.id(), 1, 4, market.tobacconist.id(), admin);
            Session operator = market.session(market.tobacconistOperator);
            String path = "/api/v1/pos/" + market.tobacconist.id() + "/stock-sales";
            String body = "{\"code\": \"" + market.stockCode(batch.id(), 3) + "\", \"buyerEmail\": \"lea@example.org\"}";
            HttpResponse<String> activated = market.api("POST", path, operator, body, "Idempotency-Key", "stock-key-1");
            assertThat(activated.statusCode()).as(activated.body()).isEqualTo(201);
            assertThat(VoucherMarket.json(activated).get("vouchers").get(0).get("status").asText()).isEqualTo("ACTIVE");
            assertThat(market.api("POST", path, operator, body, "Idempotency-Key", "stock-key-1").statusCode()).isEqualTo(200);
            assertError(market.api("POST", path, operator, body, "Idempotency-Key", "stock-key-2"), 409, "already_sold", null);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
        }
    }
}
