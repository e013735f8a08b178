package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherStatus;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vouchers back-office API over real HTTP: shop isolation, admins only, strict input that stores nothing when
 * refused, idempotent redemptions and grants; and every answer matches its schema in {@code /openapi.json}.
 */
final class VoucherBackOfficeApiTest {

    private record Api(VoucherMarket m, JsonNode document) {
        HttpResponse<String> call(String method, String documented, String path, Session session, String json, int status, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(m.uri(path)).header("Accept", "application/json");
            if (session != null) {
                request.header("Authorization", "Bearer " + session.token());
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            request.header("Content-Type", "application/json").method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = m.send(request.build());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
            JsonNode operation = document.get("paths").get(documented).get(method.toLowerCase(Locale.ROOT));
            assertThat(operation).as(method + " " + documented + " documented").isNotNull();
            JsonNode answer = operation.get("responses").get(Integer.toString(status));
            assertThat(answer).as(status + " documented for " + method + " " + documented).isNotNull();
            JsonNode schema = answer.path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                assertThat(new SchemaCheck(document).problems(schema, VoucherMarket.json(response))).as(method + " " + path).isEmpty();
            }
            return response;
        }
    }

    private static Api api(VoucherMarket vm) {
        return new Api(vm, VoucherMarket.json(vm.get("/openapi.json")));
    }

    @EachDatabase
    void aTillRedeemsOnceWhateverTheRetriesAndBadInputIsRefusedNamingTheFieldWithNothingStored(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Api api = api(vm);
            Merchant martin = vm.catalogue().martin;
            Session staff = vm.staffOf(martin);
            Voucher voucher = vm.booster();
            String shop = "/api/v1/merchant/" + martin.id() + "/vouchers";
            String code = "\"" + voucher.code().grouped().toLowerCase(Locale.ROOT) + "\"";

            JsonNode check = VoucherMarket.json(api.call("POST", "/api/v1/merchant/{merchantId}/vouchers/lookup", shop + "/lookup", staff,
                    "{\"code\": " + code + "}", 200));
            assertThat(check.get("balance").get("amount").asLong()).isEqualTo(1200);
            assertThat(check.get("redeemable").asBoolean()).isTrue();
            assertThat(check.get("maskedCode").asText()).isEqualTo(voucher.code().masked());

            String redemptions = "/api/v1/merchant/{merchantId}/vouchers/redemptions";
            JsonNode bad = VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": -100}}", 400, "Idempotency-Key", "till-key-0001"));
            assertThat(bad.get("field").asText()).isEqualTo("amount.amount");
            assertThat(VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": 0}}", 400, "Idempotency-Key", "till-key-0001")).get("field").asText())
                    .isEqualTo("amount");
            assertThat(VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": 500}}", 400)).get("field").asText()).isEqualTo("Idempotency-Key");
            assertThat(VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": \"7Q2K-9XHW\", \"amount\": {\"amount\": 500}}", 400, "Idempotency-Key", "till-key-0002")).get("field").asText())
                    .isEqualTo("code");
            assertThat(VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + "}", 400, "Idempotency-Key", "till-key-0003")).get("field").asText()).isEqualTo("amount");
            JsonNode above = VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": 1201}}", 409, "Idempotency-Key", "till-key-0004"));
            assertThat(above.get("error").asText()).isEqualTo("insufficient_balance");
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(VoucherMarket.json(api.call("GET", redemptions, shop + "/redemptions", staff, null, 200))).isEmpty();

            JsonNode first = VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": 500, \"currency\": \"EUR\"}}", 201, "Idempotency-Key", "till-key-0005"));
            JsonNode replay = VoucherMarket.json(api.call("POST", redemptions, shop + "/redemptions", staff,
                    "{\"code\": " + code + ", \"amount\": {\"amount\": 500}}", 200, "Idempotency-Key", "till-key-0005"));
            assertThat(replay.get("replayed").asBoolean()).isTrue();
            assertThat(replay.get("redemption").get("id")).isEqualTo(first.get("redemption").get("id"));
            assertThat(first.get("balanceAfter").get("amount").asLong()).isEqualTo(700);
            assertThat(first.get("redemption").get("buyerPart").get("amount").asLong()
                    + first.get("redemption").get("subsidyPart").get("amount").asLong()).isEqualTo(500);
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(700));
            long id = first.get("redemption").get("id").asLong();
            assertThat(VoucherMarket.json(api.call("GET", redemptions, shop + "/redemptions?from=2026-11-01&to=2026-11-30", staff, null, 200)))
                    .hasSize(1);
            api.call("GET", redemptions, shop + "/redemptions?from=2026-11-30&to=2026-11-01", staff, null, 400);
            api.call("GET", redemptions + "/{redemptionId}", shop + "/redemptions/" + id, staff, null, 200);

            Merchant rucher = vm.catalogue().rucher;
            Session rucherStaff = vm.staffOf(rucher);
            String other = "/api/v1/merchant/" + rucher.id() + "/vouchers";
            api.call("GET", redemptions + "/{redemptionId}", other + "/redemptions/" + id, rucherStaff, null, 404);
            api.call("GET", redemptions + "/{redemptionId}", other + "/redemptions/" + id, staff, null, 403);
            api.call("POST", redemptions, other + "/redemptions", staff, "{\"code\": " + code + ", \"amount\": {\"amount\": 100}}", 403,
                    "Idempotency-Key", "till-key-0006");
            api.call("POST", "/api/v1/merchant/{merchantId}/vouchers/lookup", "/api/v1/merchant/" + vm.catalogue().lumbroise.id()
                    + "/vouchers/lookup", vm.staffOf(vm.catalogue().lumbroise), "{\"code\": " + code + "}", 200);
            api.call("POST", redemptions, "/api/v1/merchant/" + vm.catalogue().lumbroise.id() + "/vouchers/redemptions",
                    vm.staffOf(vm.catalogue().lumbroise), "{\"code\": " + code + ", \"amount\": {\"amount\": 100}}", 409,
                    "Idempotency-Key", "till-key-0007");
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(700));

            vm.clock.set(Instant.parse("2026-11-30T08:00:00Z"));
            vm.services.settlements().issue(vm.booster.id(), VoucherMarket.MONDAY, VoucherMarket.SYSTEM);
            JsonNode statements = VoucherMarket.json(api.call("GET", "/api/v1/merchant/{merchantId}/vouchers/statements",
                    shop + "/statements", staff, null, 200));
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0).get("total").get("amount").asLong()).isEqualTo(500);
            long statement = statements.get(0).get("id").asLong();
            JsonNode detail = VoucherMarket.json(api.call("GET", "/api/v1/merchant/{merchantId}/vouchers/statements/{statementId}",
                    shop + "/statements/" + statement, staff, null, 200));
            assertThat(detail.get("statement").get("lines")).extracting(line -> line.get("source").asText())
                    .contains("Tabac de la Place", "Communauté d’agglomération du Pays de Saint-Omer");
            assertThat(detail.get("redemptions")).hasSize(1);
            api.call("GET", "/api/v1/merchant/{merchantId}/vouchers/statements/{statementId}", other + "/statements/" + statement,
                    rucherStaff, null, 404);
            HttpResponse<String> csv = vm.apiGet(shop + "/statements/" + statement + "/csv", staff);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("REDEMPTION").doesNotContain(voucher.code().value());

            HttpResponse<String> notJson = vm.send(HttpRequest.newBuilder(vm.uri(shop + "/redemptions"))
                    .header("Authorization", "Bearer " + staff.token()).header("Idempotency-Key", "till-key-0008")
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("code=x")).build());
            assertThat(notJson.statusCode()).isEqualTo(415);
        }
    }

    @EachDatabase
    void theAdminApiRunsProgrammesStockLostVouchersAndSettlementForAdminsOnly(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Api api = api(vm);
            Session admin = vm.admin();
            Session staff = vm.staffOf(vm.catalogue().martin);
            String root = "/api/v1/admin/vouchers";

            api.call("GET", root + "/programmes", root + "/programmes", staff, null, 403);
            api.call("GET", root + "/programmes", root + "/programmes", null, null, 401);
            api.call("POST", root + "/vouchers/{voucherId}/block", root + "/vouchers/1/block", staff, "{\"reason\": \"x\"}", 403);
            JsonNode programmes = VoucherMarket.json(api.call("GET", root + "/programmes", root + "/programmes", admin, null, 200));
            assertThat(programmes).hasSize(1);
            String booster = root + "/programmes/" + vm.booster.id();
            api.call("GET", root + "/programmes/{programmeId}", booster, admin, null, 200);

            String gift = "{\"slug\": \"cheque-cadeau\", \"name\": \"Chèque cadeau\", \"saleOpensOn\": \"2026-11-01\", \"validityMonths\": 12, "
                    + "\"denominations\": [{\"face\": {\"amount\": 1000}}, {\"face\": {\"amount\": 2000}, \"price\": {\"amount\": 2000}}], "
                    + "\"eligibility\": {\"allLiveShops\": true}, \"channels\": [\"POINT_OF_SALE\"]}";
            JsonNode refused = VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin,
                    gift.replace("\"denominations\": [", "\"denominations\": [{\"price\": {\"amount\": 5}}, "), 400));
            assertThat(refused.get("field").asText()).isEqualTo("denominations[0].face");
            assertThat(VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin,
                    gift.replace("\"saleOpensOn\": \"2026-11-01\"", "\"saleOpensOn\": \"le 1er\""), 400)).get("field").asText())
                    .isEqualTo("saleOpensOn");
            assertThat(VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin,
                    gift.replace("\"allLiveShops\": true", "\"optedIn\": [999999]"), 400)).get("field").asText()).isEqualTo("eligibility.optedIn");
            assertThat(VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin,
                    gift.replace("\"allLiveShops\": true", "\"allLiveShops\": true, \"optedOut\": [999999]"), 400)).get("field").asText())
                    .isEqualTo("eligibility.optedOut");
            assertThat(VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin,
                    gift.replace("\"allLiveShops\": true", "\"categories\": [888888]"), 400)).get("field").asText())
                    .isEqualTo("eligibility.categories");
            assertThat(vm.services.programmes().programmes()).hasSize(1);
            JsonNode created = VoucherMarket.json(api.call("POST", root + "/programmes", root + "/programmes", admin, gift, 201));
            assertThat(created.get("denominations")).hasSize(2);
            api.call("POST", root + "/programmes", root + "/programmes", admin, gift, 409);
            api.call("PUT", root + "/programmes/{programmeId}", root + "/programmes/" + created.get("id").asLong(), admin,
                    gift.replace("Chèque cadeau", "Chèque cadeau du Pays"), 200);

            String budget = root + "/programmes/{programmeId}/budget";
            JsonNode granted = VoucherMarket.json(api.call("POST", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 50000}}", 200,
                    "Idempotency-Key", "grant-key-0001"));
            assertThat(granted.get("granted").get("amount").asLong()).isEqualTo(150_000);
            api.call("POST", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 50000}}", 200, "Idempotency-Key", "grant-key-0001");
            assertThat(VoucherMarket.json(api.call("POST", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 70000}}", 409,
                    "Idempotency-Key", "grant-key-0001")).get("error").asText()).isEqualTo("idempotency_key_reused");
            assertThat(VoucherMarket.json(api.call("PUT", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 50000}}", 409,
                    "Idempotency-Key", "grant-key-0001")).get("error").asText()).isEqualTo("idempotency_key_reused");
            JsonNode set = VoucherMarket.json(api.call("PUT", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 150000}}", 200,
                    "Idempotency-Key", "set-key-0001"));
            assertThat(set).isEqualTo(granted);
            assertThat(VoucherMarket.json(api.call("PUT", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 150000}}", 200,
                    "Idempotency-Key", "set-key-0001"))).isEqualTo(set);
            api.call("PUT", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 90000}}", 409, "Idempotency-Key", "set-key-0001");
            api.call("POST", budget, booster + "/budget", admin, "{\"amount\": {\"amount\": 50000}}", 400);
            api.call("POST", budget, root + "/programmes/" + created.get("id").asLong() + "/budget", admin, "{\"amount\": {\"amount\": 500}}",
                    409, "Idempotency-Key", "grant-key-0002");
            assertThat(vm.services.programmes().budget(vm.booster.id()).granted()).isEqualTo(Money.euros(150_000));

            Voucher voucher = vm.booster();
            vm.booster();
            JsonNode dashboard = VoucherMarket.json(api.call("GET", root + "/programmes/{programmeId}/dashboard", booster + "/dashboard",
                    admin, null, 200));
            assertThat(dashboard.get("budget").get("committed").get("amount").asLong()).isEqualTo(400);
            assertThat(dashboard.get("vouchersSold").asLong()).isEqualTo(2);
            assertThat(dashboard.get("outstanding").get("amount").asLong()).isEqualTo(2400);

            JsonNode found = VoucherMarket.json(api.call("POST", root + "/vouchers/lookup", root + "/vouchers/lookup", admin,
                    "{\"code\": \"" + voucher.code().grouped() + "\"}", 200));
            assertThat(found.get("code").asText()).isEqualTo(voucher.code().masked());
            api.call("POST", root + "/vouchers/lookup", root + "/vouchers/lookup", admin, "{\"code\": \"0000-0000-0000-0\"}", 404);
            String lost = root + "/vouchers/" + voucher.id();
            api.call("GET", root + "/vouchers/{voucherId}", lost, admin, null, 200);
            api.call("POST", root + "/vouchers/{voucherId}/reissue", lost + "/reissue", admin, "{}", 409);
            api.call("POST", root + "/vouchers/{voucherId}/reissue", lost + "/reissue", admin, null, 400);
            assertThat(VoucherMarket.json(api.call("POST", root + "/vouchers/{voucherId}/block", lost + "/block", admin,
                    "{\"reason\": \"  \"}", 400)).get("field").asText()).isEqualTo("reason");
            api.call("POST", root + "/vouchers/{voucherId}/block", lost + "/block", admin, "{\"reason\": \"perdu\"}", 200);
            JsonNode replacement = VoucherMarket.json(api.call("POST", root + "/vouchers/{voucherId}/reissue", lost + "/reissue", admin, "{}", 200));
            assertThat(replacement.get("balance").get("amount").asLong()).isEqualTo(1200);
            // the whole code, not the masked one (a check character may itself be '*': only the masking starts with it)
            assertThat(replacement.get("code").asText()).doesNotStartWith("****").matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]");
            assertThat(replacement.get("replacesVoucherId").asLong()).isEqualTo(voucher.id());
            assertThat(vm.reload(voucher).status()).isEqualTo(VoucherStatus.BLOCKED);

            api.call("GET", root + "/funders", root + "/funders", admin, null, 200);
            api.call("POST", root + "/funders", root + "/funders", admin, "{\"code\": \"CAPSO\", \"name\": \"Doublon\"}", 409);
            api.call("POST", root + "/funders", root + "/funders", admin, "{\"code\": \"REGION\", \"name\": \"Région\"}", 201);
            JsonNode pos = VoucherMarket.json(api.call("POST", root + "/points-of-sale", root + "/points-of-sale", admin,
                    "{\"name\": \"Presse d’Arques\", \"street\": \"8 rue Jean-Jaurès\", \"postalCode\": \"62510\", \"communeInsee\": \"62040\"}", 201));
            api.call("POST", root + "/points-of-sale", root + "/points-of-sale", admin,
                    "{\"name\": \"Ailleurs\", \"street\": \"1 rue\", \"postalCode\": \"75001\", \"communeInsee\": \"75056\"}", 400);
            String posPath = root + "/points-of-sale/" + pos.get("id").asLong();
            long operator = vm.shopper("Nadia Presse").id().value();
            JsonNode withOperator = VoucherMarket.json(api.call("POST", root + "/points-of-sale/{posId}/operators", posPath + "/operators",
                    admin, "{\"accountId\": " + operator + "}", 200));
            assertThat(withOperator.get("operators")).hasSize(1);
            api.call("DELETE", root + "/points-of-sale/{posId}/operators/{accountId}", posPath + "/operators/" + operator, admin, null, 200);
            assertThat(VoucherMarket.json(api.call("DELETE", root + "/points-of-sale/{posId}/operators/{accountId}", posPath + "/operators/"
                    + operator, admin, null, 404)).get("error").asText()).as("no longer an operator").isEqualTo("operator_not_found");
            String invite = root + "/points-of-sale/{posId}/operator-accounts";
            JsonNode invited = VoucherMarket.json(api.call("POST", invite, posPath + "/operator-accounts", admin,
                    "{\"email\": \"paul.presse@example.org\", \"displayName\": \"Paul Presse\"}", 201));
            assertThat(invited.get("operators")).extracting(o -> o.get("email").asText()).containsExactly("paul.presse@example.org");
            assertThat(VoucherMarket.json(api.call("POST", invite, posPath + "/operator-accounts", admin,
                    "{\"email\": \"paul.presse@\", \"displayName\": \"Paul Presse\"}", 400)).get("field").asText()).isEqualTo("email");
            assertThat(VoucherMarket.json(api.call("POST", invite, posPath + "/operator-accounts", admin,
                    "{\"email\": \"paul.presse@example.org\", \"displayName\": \"Paul Presse\"}", 409)).get("error").asText())
                    .isEqualTo("email_taken");
            api.call("POST", invite, root + "/points-of-sale/999999/operator-accounts", admin,
                    "{\"email\": \"autre@example.org\", \"displayName\": \"Autre\"}", 404);
            api.call("POST", invite, posPath + "/operator-accounts", staff, "{\"email\": \"autre@example.org\", \"displayName\": \"Autre\"}", 403);
            api.call("GET", root + "/points-of-sale", root + "/points-of-sale", admin, null, 200);
            api.call("GET", root + "/points-of-sale/{posId}", posPath, admin, null, 200);

            String batches = root + "/programmes/{programmeId}/batches";
            String tenVouchers = "{\"denominationId\": " + vm.booster.denominations().get(0).id() + ", \"size\": 10}";
            JsonNode batch = VoucherMarket.json(api.call("POST", batches, booster + "/batches", admin, tenVouchers, 201,
                    "Idempotency-Key", "batch-key-0001"));
            String batchPath = root + "/batches/" + batch.get("id").asLong();
            assertThat(VoucherMarket.json(api.call("POST", batches, booster + "/batches", admin, tenVouchers, 200,
                    "Idempotency-Key", "batch-key-0001")).get("id")).isEqualTo(batch.get("id"));
            assertThat(VoucherMarket.json(api.call("POST", batches, booster + "/batches", admin, tenVouchers.replace("10}", "11}"), 409,
                    "Idempotency-Key", "batch-key-0001")).get("error").asText()).isEqualTo("idempotency_key_reused");
            assertThat(VoucherMarket.json(api.call("POST", batches, booster + "/batches", admin, tenVouchers, 400)).get("field").asText())
                    .isEqualTo("Idempotency-Key");
            api.call("POST", batches, booster + "/batches", admin,
                    "{\"denominationId\": " + vm.booster.denominations().get(0).id() + ", \"size\": 0}", 400, "Idempotency-Key", "batch-key-0002");
            assertThat(vm.services.stock().batches(vm.booster.id())).hasSize(1);
            assertThat(VoucherMarket.json(api.call("POST", root + "/batches/{batchId}/assignments", batchPath + "/assignments", admin,
                    "{\"from\": 1, \"to\": 6, \"pointOfSaleId\": " + vm.tobacconist.id() + "}", 200)).get("count").asInt()).isEqualTo(6);
            assertThat(VoucherMarket.json(api.call("POST", root + "/batches/{batchId}/returns", batchPath + "/returns", admin,
                    "{\"from\": 5, \"to\": 10, \"pointOfSaleId\": " + vm.tobacconist.id() + "}", 200)).get("count").asInt()).isEqualTo(2);
            api.call("POST", root + "/batches/{batchId}/assignments", batchPath + "/assignments", admin,
                    "{\"from\": 1, \"to\": 11, \"pointOfSaleId\": " + vm.tobacconist.id() + "}", 400);
            api.call("GET", root + "/programmes/{programmeId}/batches", booster + "/batches", admin, null, 200);
            HttpResponse<String> pdf = vm.apiGet(batchPath + "/sheets?from=1&to=4", admin);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");

            var staffAccount = vm.engine.accounts().account(staff.accountId()).orElseThrow();
            Voucher spent = vm.booster();
            vm.services.store().redeem(new io.comptoir.vouchers.api.RedeemRequest(vm.catalogue().martin.id(), staffAccount,
                    spent.code().value(), Money.euros(1200), "statement-key-0001", "10.0.0.1"));
            String statements = root + "/programmes/{programmeId}/statements";
            assertThat(VoucherMarket.json(api.call("POST", statements, booster + "/statements", admin, "{\"periodStart\": \"2026-11-23\"}", 409))
                    .get("error").asText()).isEqualTo("period_not_over");
            vm.clock.set(Instant.parse("2026-11-30T08:00:00Z"));
            api.call("POST", statements, booster + "/statements", admin, "{\"periodStart\": \"2026-11-24\"}", 400);
            JsonNode issued = VoucherMarket.json(api.call("POST", statements, booster + "/statements", admin, "{\"periodStart\": \"2026-11-23\"}", 200));
            assertThat(issued).extracting(s -> s.get("kind").asText()).contains("MERCHANT", "POINT_OF_SALE", "FUNDER");
            JsonNode shopStatements = VoucherMarket.json(api.call("GET", statements, booster + "/statements?kind=MERCHANT", admin, null, 200));
            assertThat(shopStatements).hasSize(1);
            JsonNode shopStatement = shopStatements.get(0);
            assertThat(shopStatement.get("total").get("amount").asLong()).isEqualTo(1200);
            api.call("GET", statements, booster + "/statements?kind=SHOP", admin, null, 400);
            String statement = root + "/statements/" + shopStatement.get("id").asLong();
            api.call("GET", root + "/statements/{statementId}", statement, admin, null, 200);
            api.call("POST", root + "/statements/{statementId}/payment", statement + "/payment", admin, "{\"reference\": \"\"}", 400);
            JsonNode paid = VoucherMarket.json(api.call("POST", root + "/statements/{statementId}/payment", statement + "/payment", admin,
                    "{\"reference\": \"VIR-118\"}", 200));
            assertThat(paid.get("paymentReference").asText()).isEqualTo("VIR-118");
            HttpResponse<String> csv = vm.apiGet(statement + "/csv", admin);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("REDEMPTION", "PAYMENT").doesNotContain(spent.code().value());
            HttpResponse<String> ledger = vm.apiGet(booster + "/ledger?from=2026-11-01&to=2026-11-30", admin);
            assertThat(ledger.statusCode()).isEqualTo(200);
            assertThat(ledger.body()).contains("GRANT", "SALE", "REISSUE", "REDEMPTION");
            api.call("GET", root + "/programmes/{programmeId}/ledger", booster + "/ledger?from=2026-11-30", admin, null, 400);

            JsonNode audit = VoucherMarket.json(api.call("GET", root + "/audit", root + "/audit", admin, null, 200));
            assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
            assertThat(LocalDate.parse(shopStatement.get("periodStart").asText())).isEqualTo(VoucherMarket.MONDAY);
        }
    }

    @EachDatabase
    void everyVoucherWriteRefusesABodyThatIsNotAJsonObjectAndBooksNothing(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Api api = api(vm);
            Session admin = vm.admin();
            Session staff = vm.staffOf(vm.catalogue().martin);
            Voucher voucher = vm.booster();
            int writes = 0;
            for (var path : api.document().get("paths").properties()) {
                String template = path.getKey();
                if (!template.startsWith("/api/v1/admin/vouchers") && !template.startsWith("/api/v1/merchant/{merchantId}/vouchers")) {
                    continue;
                }
                for (String method : java.util.List.of("post", "put")) {
                    if (!path.getValue().has(method)) {
                        continue;
                    }
                    writes++;
                    String concrete = template.replace("{merchantId}", vm.catalogue().martin.id().toString())
                            .replaceAll("\\{[A-Za-z]+}", Long.toString(voucher.id()));
                    Session session = template.startsWith("/api/v1/admin") ? admin : staff;
                    for (String body : java.util.List.of("{\"code\": ", "[1, 2]", "\"text\"", "")) {
                        HttpResponse<String> response = api.call(method.toUpperCase(Locale.ROOT), template, concrete, session, body, 400,
                                "Idempotency-Key", "malformed-key-0001");
                        assertThat(VoucherMarket.json(response).get("error").asText()).as(method + " " + concrete + " with " + body)
                                .isEqualTo("malformed_json");
                    }
                }
            }
            assertThat(writes).isGreaterThanOrEqualTo(15);
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(vm.reload(voucher).status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(vm.services.audit().verify().transactions()).isEqualTo(2);
        }
    }
}
