package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Sale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The vouchers section of {@code /openapi.json}: real answers of the point-of-sale, balance and wallet routes match their schemas. */
@EachDatabaseClass
final class VouchersApiDocumentTest {
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static VoucherMarket market;
    private static JsonNode document;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = VoucherMarket.start(database, Money.euros(200), Map.of());
        document = VoucherMarket.json(market.get("/openapi.json"));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    private static void check(String method, String documentedPath, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(method + " " + response.uri() + ": " + response.body()).isEqualTo(status);
        JsonNode operation = document.get("paths").get(documentedPath).get(method);
        assertThat(operation).as(method + " " + documentedPath).isNotNull();
        JsonNode documented = operation.get("responses").get(Integer.toString(status));
        assertThat(documented).as(method + " " + documentedPath + " documents " + status).isNotNull();
        JsonNode json = documented.path("content").path("application/json").path("schema");
        if (json.isMissingNode()) {
            assertThat(documented.path("content").path("application/pdf").isMissingNode()).as("a PDF").isFalse();
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            return;
        }
        assertThat(new SchemaCheck(document).problems(json, VoucherMarket.json(response))).as(method + " " + response.uri()).isEmpty();
    }

    @Test
    void pointOfSaleAnswersMatchTheirSchemas() {
        Session operator = market.session(market.tobacconistOperator);
        Session newsagent = market.session(market.newsagentOperator);
        String root = "/api/v1/pos/" + market.tobacconist.id();
        String sale = "{\"programmeId\": " + market.booster.id() + ", \"denominationId\": " + market.boosterDenomination() + "}";

        check("get", "/api/v1/pos", market.api("GET", "/api/v1/pos", operator, null), 200);
        check("get", "/api/v1/pos/{pointOfSaleId}/programmes", market.api("GET", root + "/programmes", operator, null), 200);
        HttpResponse<String> sold = market.api("POST", root + "/sales", operator, sale, "Idempotency-Key", "schema-sale-0001");
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", sold, 201);
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", market.api("POST", root + "/sales", operator, sale, "Idempotency-Key",
                "schema-sale-0001"), 200);
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", market.api("POST", root + "/sales", operator, sale, "Idempotency-Key",
                "schema-sale-0002"), 409);
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", market.api("POST", root + "/sales", operator, "{}", "Idempotency-Key",
                "schema-sale-0003"), 400);
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", market.api("POST", root + "/sales", newsagent, sale, "Idempotency-Key",
                "schema-sale-0004"), 403);
        check("post", "/api/v1/pos/{pointOfSaleId}/sales", market.api("POST", root + "/sales", null, sale), 401);
        long id = VoucherMarket.json(sold).get("id").asLong();
        check("get", "/api/v1/pos/{pointOfSaleId}/sales", market.api("GET", root + "/sales", operator, null), 200);
        check("get", "/api/v1/pos/{pointOfSaleId}/sales/{saleId}", market.api("GET", root + "/sales/" + id, operator, null), 200);
        check("get", "/api/v1/pos/{pointOfSaleId}/sales/{saleId}", market.api("GET", root + "/sales/99999", operator, null), 404);
        check("get", "/api/v1/pos/{pointOfSaleId}/sales/{saleId}/printout", market.api("GET", root + "/sales/" + id + "/printout", operator, null), 200);
        check("get", "/api/v1/pos/{pointOfSaleId}/remittance", market.api("GET", root + "/remittance?day=2026-11-27", operator, null), 200);

        Sale gift = market.desk().sell(new io.comptoir.vouchers.api.SaleRequest(market.tobacconist.id(), market.tobacconistOperator,
                market.gift.id(), market.giftDenomination(1000), 1, java.util.Optional.empty(), java.util.Optional.empty(), "schema-gift-sale")).sale();
        check("post", "/api/v1/pos/{pointOfSaleId}/sales/{saleId}/cancel", market.api("POST", root + "/sales/" + gift.id() + "/cancel",
                operator, "{\"reason\": \"erreur\"}"), 200);

        Account admin = market.admin("Schéma Admin");
        Batch batch = market.stock().generate(market.gift.id(), market.giftDenomination(2000), 2, "schema-batch-0001", admin).batch();
        market.stock().assign(batch.id(), 1, 2, market.tobacconist.id(), admin);
        check("post", "/api/v1/pos/{pointOfSaleId}/stock-sales", market.api("POST", root + "/stock-sales", operator,
                "{\"code\": \"" + market.stockCode(batch.id(), 1) + "\"}", "Idempotency-Key", "schema-stock-0001"), 201);
    }

    @Test
    void balanceAndWalletAnswersMatchTheirSchemas() {
        Sale sale = market.desk().sell(new io.comptoir.vouchers.api.SaleRequest(market.newsagent.id(), market.newsagentOperator,
                market.gift.id(), market.giftDenomination(2000), 1, java.util.Optional.empty(), java.util.Optional.empty(), "schema-balance-sale")).sale();
        check("post", "/api/v1/vouchers/balance", market.api("POST", "/api/v1/vouchers/balance", null,
                "{\"code\": \"" + sale.vouchers().get(0).code().grouped() + "\"}"), 200);
        check("post", "/api/v1/vouchers/balance", market.api("POST", "/api/v1/vouchers/balance", null, "{\"code\": \"AAAA-BBBB-CCCC-D\"}"), 400);

        Account buyer = market.shopper("Schéma Acheteur");
        Session session = market.session(buyer);
        check("get", "/api/v1/wallet", market.api("GET", "/api/v1/wallet", session, null), 200);
        check("get", "/api/v1/wallet", market.api("GET", "/api/v1/wallet", null, null), 401);
        market.engine.carts().add(CartOwner.shopper(buyer.id()), market.giftProduct.variants().get(0).id(), 1);
        HttpResponse<String> paid = market.api("POST", "/api/v1/checkout", session,
                "{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242 4242 4242 4242\"}}]}", "Idempotency-Key", "schema-wallet");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        market.awaitSettled(new CustomerOrderId(VoucherMarket.json(paid).get("id").asLong()));
        long voucher = market.awaitWallet(buyer.id(), 1).get(0).id();
        check("get", "/api/v1/wallet", market.api("GET", "/api/v1/wallet", session, null), 200);
        check("get", "/api/v1/wallet/{voucherId}/pdf", market.api("GET", "/api/v1/wallet/" + voucher + "/pdf", session, null), 200);
        check("get", "/api/v1/wallet/{voucherId}/pdf", market.api("GET", "/api/v1/wallet/" + (voucher + 1000) + "/pdf", session, null), 404);
    }
}
