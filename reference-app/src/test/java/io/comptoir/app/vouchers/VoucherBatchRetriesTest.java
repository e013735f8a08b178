package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Batch;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generating a batch of pre-printed vouchers, retried over HTTP: the admin's form carries a key made when it was shown,
 * so a second click or a resent form lands on the first batch; the API takes an {@code Idempotency-Key} header, and two
 * requests with one key at the same moment make one batch.
 */
final class VoucherBatchRetriesTest {

    private static String stockPage(VoucherMarket vm) {
        return "/admin/bons/programmes/" + vm.booster.id() + "/stock";
    }

    private static int vouchersInBatches(VoucherMarket vm) {
        return vm.services.stock().batches(vm.booster.id()).stream().mapToInt(Batch::size).sum();
    }

    @EachDatabase
    void theFormResentWithItsKeyLandsOnTheFirstBatchAndTheKeyCannotServeAnotherBatch(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            String stock = stockPage(vm);
            String denomination = Long.toString(vm.booster.denominations().get(0).id());
            Document form = PageChecks.parse(m.get(stock, admin));
            PageChecks.assertAccessible(form, "fr");
            String key = form.select("form[action=" + stock + "] input[type=hidden][name=batchKey]").val();
            assertThat(key).matches("[A-Za-z0-9._:-]{8,100}");
            assertThat(PageChecks.parse(m.get(stock, admin)).select("input[name=batchKey]").val()).as("a fresh key each time").isNotEqualTo(key);

            HttpResponse<String> generated = m.postForm(stock, admin, Map.of("denomination", denomination, "size", "8", "batchKey", key));
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(303);
            String batchPage = VoucherMarket.location(generated).replaceAll("\\?.*", "");
            assertThat(VoucherMarket.location(generated)).contains("ok=batch-generated");

            HttpResponse<String> again = m.postForm(stock, admin, Map.of("denomination", denomination, "size", "8", "batchKey", key));
            assertThat(again.statusCode()).isEqualTo(303);
            assertThat(VoucherMarket.location(again)).startsWith(batchPage + "?").contains("ok=batch-replayed");
            assertThat(PageChecks.parse(m.get(VoucherMarket.location(again), admin)).select(".notice--success").text())
                    .contains("déjà généré");
            assertThat(vm.services.stock().batches(vm.booster.id())).hasSize(1);
            assertThat(vouchersInBatches(vm)).isEqualTo(8);

            HttpResponse<String> otherSize = m.postForm(stock, admin, Map.of("denomination", denomination, "size", "9", "batchKey", key));
            assertThat(otherSize.statusCode()).isEqualTo(409);
            Document refused = PageChecks.parse(otherSize);
            assertThat(refused.select(".notice").text()).contains("déjà servi à générer un autre lot");
            assertThat(refused.select("input[name=batchKey]").val()).isNotEqualTo(key);

            HttpResponse<String> noKey = m.postForm(stock, admin, Map.of("denomination", denomination, "size", "9"));
            assertThat(noKey.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(noKey).select(".notice").text()).contains("rechargez la page");

            String fresh = PageChecks.parse(m.get(stock, admin)).select("input[name=batchKey]").val();
            HttpResponse<String> tooSmall = m.postForm(stock, admin, Map.of("denomination", denomination, "size", "0", "batchKey", fresh));
            assertThat(tooSmall.statusCode()).isEqualTo(400);
            Document shownAgain = PageChecks.parse(tooSmall);
            assertThat(shownAgain.select("#batch-size-error").text()).isNotBlank();
            assertThat(shownAgain.select("#batch-size").val()).isEqualTo("0");
            assertThat(shownAgain.select("#batch-denomination option[selected]").val()).isEqualTo(denomination);

            assertThat(vm.services.stock().batches(vm.booster.id())).hasSize(1);
            assertThat(vouchersInBatches(vm)).isEqualTo(8);
            assertThat(vm.services.audit().verify().problems()).isEmpty();
        }
    }

    @EachDatabase
    void twoApiRequestsWithOneKeyAtTheSameMomentMakeOneBatch(TestDatabase db) throws Exception {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            String path = "/api/v1/admin/vouchers/programmes/" + vm.booster.id() + "/batches";
            String body = "{\"denominationId\": " + vm.booster.denominations().get(0).id() + ", \"size\": 500}";
            int rounds = 3;
            for (int round = 0; round < rounds; round++) {
                String key = "api-batch-race-" + round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await(10, TimeUnit.SECONDS);
                        }
                        catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return m.send(java.net.http.HttpRequest.newBuilder(m.uri(path)).header("Authorization", "Bearer " + admin.token())
                                .header("Accept", "application/json").header("Content-Type", "application/json").header("Idempotency-Key", key)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
                    }));
                }
                HttpResponse<String> a = calls.get(0).get(60, TimeUnit.SECONDS);
                HttpResponse<String> b = calls.get(1).get(60, TimeUnit.SECONDS);
                assertThat(List.of(a.statusCode(), b.statusCode())).as(a.body() + " / " + b.body()).containsExactlyInAnyOrder(201, 200);
                JsonNode first = VoucherMarket.json(a);
                JsonNode second = VoucherMarket.json(b);
                assertThat(first.get("id")).isEqualTo(second.get("id"));
                assertThat(first.get("size").asInt()).isEqualTo(500);
                assertThat(vm.services.stock().batches(vm.booster.id())).hasSize(round + 1);
                assertThat(vouchersInBatches(vm)).isEqualTo(500 * (round + 1));
            }
        }
    }
}
