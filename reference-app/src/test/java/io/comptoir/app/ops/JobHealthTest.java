package io.comptoir.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A periodic job that fails — even with an {@link Error} — neither stops the others nor goes unseen: {@code /health?details=true}
 * and {@code /metrics} show each job's last success and failure.
 */
final class JobHealthTest {

    @Test
    void healthDetailsAndMetricsShowEachJobsLastSuccessAndFailure() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        EnginePlugin failing = new EnginePlugin() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public void initialize(PluginContext context) {
                context.scheduleJob("flaky.export", Duration.ofSeconds(1), () -> {
                    attempts.incrementAndGet();
                    throw new AssertionError("export target unreachable");
                });
            }
        };
        try (TestDatabase database = TestDatabase.h2();
             Engine engine = TestMarketplace.engine(database, Optional.empty(), Map.of(), failing)) {
            MarketplaceApp app = MarketplaceApp.create(TestMarketplace.marketplace(engine), Optional.empty()).start(0);
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                JsonNode details = details(app);
                while ((attempts.get() < 2 || job(details, "engine.stale-pending-orders").get("lastSuccess").isNull())
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    details = details(app);
                }
                assertThat(attempts.get()).as("the failing job runs again at its next turn").isGreaterThanOrEqualTo(2);
                assertThat(details.get("status").asText()).isEqualTo("UP");
                assertThat(details.get("schedulerRunning").asBoolean()).isTrue();
                JsonNode flaky = job(details, "flaky.export");
                assertThat(flaky.get("lastFailure").isNull()).isFalse();
                assertThat(flaky.get("lastSuccess").isNull()).isTrue();
                assertThat(flaky.get("lastError").asText()).as("the kind of error, not its message").isEqualTo("java.lang.AssertionError");
                assertThat(flaky.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(1);
                JsonNode healthy = job(details, "engine.stale-pending-orders");
                assertThat(healthy.get("lastSuccess").isNull()).isFalse();
                assertThat(healthy.get("overdue").asBoolean()).isFalse();

                String metrics = get(app, "/metrics").body();
                assertThat(value(metrics, "comptoir_job_consecutive_failures{job=\"flaky.export\"}")).isGreaterThanOrEqualTo(1.0);
                assertThat(value(metrics, "comptoir_job_last_failure_seconds{job=\"flaky.export\"}")).isPositive();
                assertThat(value(metrics, "comptoir_job_last_success_seconds{job=\"flaky.export\"}")).isNaN();
                assertThat(value(metrics, "comptoir_job_last_success_seconds{job=\"engine.stale-pending-orders\"}")).isPositive();
                assertThat(value(metrics, "comptoir_job_overdue{job=\"engine.stale-pending-orders\"}")).isZero();
                assertThat(value(metrics, "comptoir_job_scheduler_running")).isEqualTo(1.0);

                assertThat(get(app, "/health").body()).as("without details, as before").isEqualTo("{\"status\":\"UP\"}");
            }
            finally {
                app.stop();
            }
        }
    }

    private static JsonNode job(JsonNode details, String name) {
        return StreamSupport.stream(details.get("jobs").spliterator(), false).filter(job -> job.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no job " + name + " in " + details));
    }

    private static JsonNode details(MarketplaceApp app) throws Exception {
        HttpResponse<String> response = get(app, "/health?details=true");
        assertThat(response.statusCode()).isEqualTo(200);
        return TestMarketplace.json(response);
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).map(line -> line.substring(series.length() + 1))
                .mapToDouble(Double::parseDouble).findFirst().orElseThrow(() -> new AssertionError("no " + series + " in\n" + metrics));
    }

    private static HttpResponse<String> get(MarketplaceApp app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
