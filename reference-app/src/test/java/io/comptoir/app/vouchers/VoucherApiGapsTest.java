package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voucher API calls a client lacked (issue 17): a shopper adds a voucher bought at a point of sale to their wallet; the
 * territory admin sets a programme's budget higher or lower, lists and searches vouchers, and reads a voucher's history.
 */
final class VoucherApiGapsTest {

    @EachDatabase
    void aShopperAddsAVoucherBoughtAtThePointOfSaleToTheirWallet(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Voucher voucher = market.sellBooster(1).vouchers().get(0);
            Session session = market.session(market.shopper("Camille Porte-Monnaie"));

            HttpResponse<String> added = market.api("POST", "/api/v1/wallet", session, "{\"code\": \"" + voucher.code().grouped() + "\"}");

            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            JsonNode wallet = VoucherMarket.json(market.api("GET", "/api/v1/wallet", session, null));
            assertThat(wallet).hasSize(1);
            HttpResponse<String> wrong = market.api("POST", "/api/v1/wallet", session, "{\"code\": \"AAAA-BBBB-CCCC-D\"}");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(VoucherMarket.json(wrong).get("field").asText()).isEqualTo("code");
            Session other = market.session(market.shopper("Dominique Autre"));
            HttpResponse<String> taken = market.api("POST", "/api/v1/wallet", other, "{\"code\": \"" + voucher.code().value() + "\"}");
            assertThat(taken.statusCode()).isEqualTo(409);
            assertThat(VoucherMarket.json(taken).get("error").asText()).isEqualTo("voucher_held");
        }
    }

    @EachDatabase
    void theAdminSetsTheBudgetSearchesVouchersAndReadsTheirHistory(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            List<Voucher> sold = market.sellBooster(3).vouchers();
            Account admin = market.admin("Alice Admin");
            Session session = market.session(admin);
            String programme = "/api/v1/admin/vouchers/programmes/" + market.booster.id();

            HttpResponse<String> lowered = market.api("PUT", programme + "/budget", session, "{\"amount\": {\"amount\": 50000}}",
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(200);
            assertThat(VoucherMarket.json(lowered).get("granted").get("amount").asLong()).isEqualTo(50000);
            HttpResponse<String> tooLow = market.api("PUT", programme + "/budget", session, "{\"amount\": {\"amount\": 100}}",
                    "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(tooLow.statusCode()).isEqualTo(409);
            assertThat(VoucherMarket.json(tooLow).get("error").asText()).isEqualTo("budget_below_committed");

            List<Long> walked = new ArrayList<>();
            String next = "";
            do {
                JsonNode page = VoucherMarket.json(market.api("GET", "/api/v1/admin/vouchers/vouchers?size=2&programme=" + market.booster.id() + next,
                        session, null));
                page.get("items").forEach(voucher -> walked.add(voucher.get("id").asLong()));
                next = page.get("next").isNull() ? null : "&after=" + page.get("next").asText();
            }
            while (next != null);
            assertThat(walked).containsExactlyInAnyOrderElementsOf(sold.stream().map(Voucher::id).toList());
            JsonNode byCode = VoucherMarket.json(market.api("GET", "/api/v1/admin/vouchers/vouchers?code="
                    + java.net.URLEncoder.encode(sold.get(1).code().lastFour(), java.nio.charset.StandardCharsets.UTF_8),
                    session, null));
            assertThat(byCode.get("items")).extracting(item -> item.get("id").asLong()).contains(sold.get(1).id());
            HttpResponse<String> badStatus = market.api("GET", "/api/v1/admin/vouchers/vouchers?status=LOST", session, null);
            assertThat(badStatus.statusCode()).isEqualTo(400);
            assertThat(VoucherMarket.json(badStatus).get("field").asText()).isEqualTo("status");

            JsonNode history = VoucherMarket.json(market.api("GET", "/api/v1/admin/vouchers/vouchers/" + sold.get(0).id() + "/history", session, null));
            assertThat(history).singleElement().satisfies(step -> {
                assertThat(step.get("kind").asText()).isEqualTo("SALE");
                assertThat(step.get("balanceAfter").get("amount").asLong()).isEqualTo(1200);
            });
            Session shopper = market.session(market.shopper("Curieux"));
            assertThat(market.api("GET", "/api/v1/admin/vouchers/vouchers", shopper, null).statusCode()).isEqualTo(403);
        }
    }
}
