package io.comptoir.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.search.DefaultSearchIndexFactory;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /health} says STARTING until the engine's start-up index rebuild is done, then UP. */
final class HealthTest {

    @Test
    void healthIsStartingWhileTheSearchIndexRebuildsThenUp(@TempDir Path indexDirectory) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SearchIndex lucene = DefaultSearchIndexFactory.create(indexDirectory);
        try (TestDatabase database = TestDatabase.h2();
             Engine engine = TestMarketplace.engine(database, Optional.of(new HeldRebuild(lucene, release)))) {
            MarketplaceApp app = MarketplaceApp.create(TestMarketplace.marketplace(engine), Optional.empty()).start(0);
            try {
                HttpResponse<String> starting = get(app, "/health");
                assertThat(starting.statusCode()).isEqualTo(503);
                assertThat(starting.body()).isEqualTo("{\"status\":\"STARTING\"}");
                assertThat(starting.headers().firstValue("Cache-Control")).contains("no-store");

                release.countDown();
                assertThat(engine.awaitSearchReady(Duration.ofSeconds(30))).isTrue();

                HttpResponse<String> up = get(app, "/health");
                assertThat(up.statusCode()).isEqualTo(200);
                JsonNode body = TestMarketplace.json(up);
                assertThat(body.get("status").asText()).isEqualTo("UP");
                JsonNode mail = TestMarketplace.json(get(app, "/health?details=true")).get("mail");
                assertThat(mail.get("mode").asText()).as("no SMTP transport in this test").isEqualTo("outbox-only");
                assertThat(mail.get("note").asText()).contains("SMTP_HOST is not set");
                assertThat(mail.get("failed").asLong()).isZero();
            }
            finally {
                release.countDown();
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(MarketplaceApp app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The engine's index, whose start-up rebuild waits for the test to let it go. */
    private static final class HeldRebuild implements SearchIndex {
        private final SearchIndex delegate;
        private final CountDownLatch release;

        HeldRebuild(SearchIndex delegate, CountDownLatch release) {
            this.delegate = delegate;
            this.release = release;
        }

        @Override
        public void replaceAll(Iterator<SearchDocument> documents) {
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the rebuild");
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            delegate.replaceAll(documents);
        }

        @Override
        public void upsert(Collection<SearchDocument> documents) {
            delegate.upsert(documents);
        }

        @Override
        public void remove(Collection<ProductId> products) {
            delegate.remove(products);
        }

        @Override
        public SearchResult search(SearchQuery query) {
            return delegate.search(query);
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
