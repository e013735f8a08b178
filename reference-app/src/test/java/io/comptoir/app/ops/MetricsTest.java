package io.comptoir.app.ops;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /metrics} exposes the JVM, Jetty and a timer of requests per route template, in Prometheus format. */
final class MetricsTest {

    @Test
    void requestsAreTimedPerRouteTemplateAndStatus() {
        try (TestDatabase database = TestDatabase.h2(); TestMarketplace market = TestMarketplace.start(database)) {
            market.get("/api/v1/products/" + market.catalogue.boots.id());
            market.get("/api/v1/products/" + market.catalogue.derby.id());
            market.get("/api/v1/products/" + market.catalogue.hiddenVase.id());
            market.get("/produits/" + market.catalogue.derby.id() + "-" + market.catalogue.derby.slug());
            market.get("/nowhere/at/all");

            HttpResponse<String> response = market.get("/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            String metrics = response.body();
            assertThat(count(metrics, "/api/v1/products/{id}", "200")).isEqualTo(2.0);
            assertThat(count(metrics, "/api/v1/products/{id}", "404")).isEqualTo(1.0);
            assertThat(count(metrics, "/produits/{ref}", "200")).isEqualTo(1.0);
            assertThat(count(metrics, "NOT_FOUND", "404")).isEqualTo(1.0);
            assertThat(metrics).doesNotContain("route=\"/api/v1/products/" + market.catalogue.boots.id() + "\"");
            assertThat(metrics).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds",
                    "jetty_threads_config_max", "jetty_connections_current");
        }
    }

    /** The count of the request timer for a route and status; -1 when there is no such series. */
    private static double count(String metrics, String route, String status) {
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("route=\"" + route + "\"") && line.contains("status=\"" + status + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
