package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherOrigin;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public balance check (page and API, code in the body, generic and limited wrong-code answers) and the shopper's wallet. */
final class BalanceAndWalletTest {

    @EachDatabase
    void anyoneChecksABalanceByCodeInTheBodyAndWrongCodesGetOneGenericAnswerThen429(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db, VoucherMarket.BOOSTER_BUDGET, Map.of("vouchers.wrong-code-limit", "3"))) {
            Voucher voucher = market.sellBooster(1).vouchers().get(0);
            String code = voucher.code().grouped();

            HttpResponse<String> checked = market.api("POST", "/api/v1/vouchers/balance", null, "{\"code\": \"" + code.toLowerCase() + "\"}");
            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
            JsonNode balance = VoucherMarket.json(checked);
            assertThat(balance.get("balance").get("amount").asLong()).isEqualTo(1200);
            assertThat(balance.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(balance.get("spendable").asBoolean()).isTrue();
            assertThat(balance.get("lastDay").asText()).matches("20[0-9]{2}-[0-9]{2}-[0-9]{2}");
            assertThat(balance.get("maskedCode").asText()).startsWith("****").doesNotContain(code.substring(0, 4));
            assertThat(checked.body()).doesNotContain(code);
            assertThat(checked.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(market.api("GET", "/api/v1/vouchers/balance?code=" + code, null, null).statusCode()).as("never in the address")
                    .isEqualTo(405);

            for (String wrong : List.of("AAAA-BBBB-CCCC-D", code.substring(0, 15) + (code.endsWith("0") ? "1" : "0"), "pas un code")) {
                HttpResponse<String> refused = market.api("POST", "/api/v1/vouchers/balance", null, "{\"code\": \"" + wrong + "\"}",
                        "X-Forwarded-For", "10.9.9.9");
                assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
                assertThat(VoucherMarket.json(refused).get("field").asText()).isEqualTo("code");
                assertThat(VoucherMarket.json(refused).get("error").asText()).isEqualTo("invalid_code");
            }
            HttpResponse<String> limited = market.api("POST", "/api/v1/vouchers/balance", null, "{\"code\": \"" + code + "\"}");
            assertThat(limited.statusCode()).as("the client used up its wrong codes").isEqualTo(429);
            assertThat(VoucherMarket.json(limited).get("error").asText()).isEqualTo("too_many_attempts");
            assertThat(market.api("POST", "/api/v1/vouchers/balance", null, "{}").statusCode()).isEqualTo(400);
            assertThat(market.send(java.net.http.HttpRequest.newBuilder(market.uri("/api/v1/vouchers/balance"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("code=" + code)).build()).statusCode()).isIn(403, 415);
        }
    }

    @EachDatabase
    void theBalancePageShowsBalanceAndDeadlineWithoutJavascriptAndAGenericMessageForAWrongCode(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Voucher voucher = market.sellBooster(1).vouchers().get(0);
            WebSession visitor = new WebSession(market::uri);
            Document form = WebSession.page(visitor.get("/bons/solde"));
            PageChecks.assertAccessible(form, "fr");
            assertThat(form.selectFirst("form[action=/bons/solde]").attr("method")).isEqualTo("post");

            HttpResponse<String> shown = visitor.submit(form, "form[action=/bons/solde]", null, "code", voucher.code().grouped());
            assertThat(shown.statusCode()).isEqualTo(200);
            Document result = WebSession.page(shown);
            PageChecks.assertAccessible(result, "fr");
            assertThat(result.selectFirst("#balance-amount").text().replace('\u202f', ' ').replace('\u00a0', ' ')).isEqualTo("12,00 €");
            assertThat(result.text()).contains("Happy Kdo Booster", "Utilisable", "Utilisable jusqu’au").doesNotContain(voucher.code().grouped());

            HttpResponse<String> wrong = visitor.submit(form, "form[action=/bons/solde]", null, "code", "AAAA-BBBB-CCCC-D");
            assertThat(wrong.statusCode()).isEqualTo(400);
            Document refused = WebSession.page(wrong);
            assertThat(refused.selectFirst(".alert--error").text()).isEqualTo("Ce code ne correspond à aucun bon utilisable. Vérifiez-le et réessayez.");
            assertThat(refused.selectFirst("#balance-code").attr("aria-invalid")).isEqualTo("true");
            assertThat(WebSession.page(visitor.get("/bons/solde?lang=en")).selectFirst("h1").text()).isEqualTo("Gift voucher balance");
        }
    }

    @EachDatabase
    void vouchersBoughtOnlineWithTheSandboxCardReachTheWalletPageAndApiWithTheirPdf(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Account buyer = market.shopper("Camille Acheteuse");
            Session session = market.session(buyer);
            market.engine.carts().add(CartOwner.shopper(buyer.id()), market.boosterProduct.variants().get(0).id(), 2);
            HttpResponse<String> paid = market.api("POST", "/api/v1/checkout", session,
                    "{\"tenders\": [{\"provider\": \"sandbox-card\", \"details\": {\"card\": \"4242 4242 4242 4242\"}}]}",
                    "Idempotency-Key", "wallet-order-0001");
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
            long orderId = VoucherMarket.json(paid).get("id").asLong();
            assertThat(market.awaitSettled(new CustomerOrderId(orderId)).status()).isEqualTo(CustomerOrderStatus.PLACED);
            List<Voucher> delivered = market.awaitWallet(buyer.id(), 2);
            assertThat(delivered).hasSize(2).allSatisfy(voucher -> {
                assertThat(voucher.origin()).isEqualTo(VoucherOrigin.ONLINE);
                assertThat(voucher.balance()).isEqualTo(Money.euros(1200));
            });

            JsonNode wallet = VoucherMarket.json(market.api("GET", "/api/v1/wallet", session, null));
            assertThat(wallet).hasSize(2);
            assertThat(wallet.findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(delivered.stream().map(v -> v.code().grouped()).toList());
            assertThat(wallet.findValuesAsText("status")).containsOnly("ACTIVE");
            assertThat(wallet.get(0).get("programme").asText()).isEqualTo("Happy Kdo Booster");
            HttpResponse<String> pdf = market.api("GET", wallet.get(0).get("pdf").asText(), session, null);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).startsWith("%PDF-");

            Document page = PageChecks.parse(market.get("/mes-bons", session));
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.select(".voucher-card__code").eachText()).hasSize(2)
                    .allSatisfy(text -> assertThat(text).matches(".*[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.$"));
            assertThat(page.select(".voucher-card a[href$=bon.pdf]")).hasSize(2);
            assertThat(market.getBytes(page.selectFirst(".voucher-card a[href$=bon.pdf]").attr("href"), session).statusCode()).isEqualTo(200);

            Session other = market.session(market.shopper("Dominique Autre"));
            assertThat(VoucherMarket.json(market.api("GET", "/api/v1/wallet", other, null))).isEmpty();
            assertThat(market.api("GET", "/api/v1/wallet/" + delivered.get(0).id() + "/pdf", other, null).statusCode()).isEqualTo(404);
            assertThat(market.get("/mes-bons/" + delivered.get(0).id() + "/bon.pdf", other).statusCode()).isEqualTo(404);
            assertThat(PageChecks.parse(market.get("/mes-bons", other)).select(".empty-note")).hasSize(1);
            assertThat(market.api("GET", "/api/v1/wallet", null, null).statusCode()).isEqualTo(401);
            assertThat(market.get("/mes-bons").statusCode()).isEqualTo(303);
            assertThat(market.api("GET", "/api/v1/wallet/abc/pdf", session, null).statusCode()).isEqualTo(400);
        }
    }
}
