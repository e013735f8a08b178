package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.EngineBuilder;
import io.comptoir.engine.testkit.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;

/**
 * The marketplace as tests see it: a real engine on a test database, the small {@link TestCatalogue}, and the web
 * application serving on a free port, called over real HTTP.
 */
public final class TestMarketplace implements AutoCloseable {
    /** Tuesday 24 November 2026, 10:30 in Saint-Omer: Chaussures Martin is open, its Tuesday row is today. */
    public static final Clock TUESDAY_MORNING = Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    public final Engine engine;
    public final TestCatalogue catalogue;
    public final MarketplaceApp app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestMarketplace(Engine engine, TestCatalogue catalogue, MarketplaceApp app) {
        this.engine = engine;
        this.catalogue = catalogue;
        this.app = app;
    }

    /** Starts everything, on the engine's default (Lucene) index, with the test catalogue loaded and searchable. */
    public static TestMarketplace start(TestDatabase database) {
        return start(database, Optional.empty());
    }

    public static TestMarketplace start(TestDatabase database, Optional<URI> publicUrl) {
        return start(database, publicUrl, Map.of());
    }

    /** Starts everything with extra engine properties (a slower sandbox bank...). */
    public static TestMarketplace start(TestDatabase database, Optional<URI> publicUrl, Map<String, String> properties) {
        return start(database, publicUrl, properties, new EnginePlugin[0]);
    }

    /** Starts everything with plugins ({@link TestPlugins#all()}: the whole marketplace, every feature). */
    public static TestMarketplace start(TestDatabase database, EnginePlugin... plugins) {
        return start(database, Optional.empty(), Map.of(), plugins);
    }

    /** Starts everything with extra engine properties and plugins. */
    public static TestMarketplace start(TestDatabase database, Map<String, String> properties, EnginePlugin... plugins) {
        return start(database, Optional.empty(), properties, plugins);
    }

    private static TestMarketplace start(TestDatabase database, Optional<URI> publicUrl, Map<String, String> properties,
                                         EnginePlugin... plugins) {
        Engine engine = engine(database, Optional.empty(), properties, plugins);
        try {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            TestCatalogue catalogue = TestCatalogue.create(engine);
            MarketplaceApp app = MarketplaceApp.create(marketplace(engine), publicUrl).start(0);
            return new TestMarketplace(engine, catalogue, app);
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * The marketplace as {@code Main} started it (its configuration, payment methods and clock), with the test catalogue
     * loaded into its engine; closing it stops both.
     */
    public static TestMarketplace around(Engine engine, MarketplaceApp app) {
        engine.awaitSearchReady(Duration.ofSeconds(30));
        return new TestMarketplace(engine, TestCatalogue.create(engine), app);
    }

    /** An engine on the database, with the given search index or else the default one. */
    public static Engine engine(TestDatabase database, Optional<SearchIndex> index) {
        return engine(database, index, Map.of());
    }

    /** An engine on the database with extra engine properties. */
    public static Engine engine(TestDatabase database, Optional<SearchIndex> index, Map<String, String> properties,
                                EnginePlugin... plugins) {
        try {
            EngineBuilder builder = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(database.dataSource())
                    .assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                    .property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                    .properties(properties).plugins(List.of(plugins));
            index.ifPresent(builder::searchIndex);
            return builder.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret the sandbox card processor signs its webhooks with in {@link #startWithHttpWebhooks}. */
    public static final String SANDBOX_SECRET = "test-sandbox-secret-0123456789abcdef";

    /**
     * Starts everything with the sandbox card processor posting its signed webhooks to this app over real HTTP, as a
     * real processor would (the app's port is chosen before the engine starts, since the engine needs the address).
     */
    public static TestMarketplace startWithHttpWebhooks(TestDatabase database, EnginePlugin... plugins) {
        int port = freePort();
        Engine engine = engine(database, Optional.empty(), Map.of(
                "sandbox-card.webhook-url", "http://127.0.0.1:" + port + "/api/v1/payments/sandbox-card/webhook",
                "sandbox-card.secret", SANDBOX_SECRET, "sandbox-card.webhook-delay-ms", "150"), plugins);
        try {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            TestCatalogue catalogue = TestCatalogue.create(engine);
            MarketplaceApp app = MarketplaceApp.create(marketplace(engine), Optional.empty()).start(port);
            return new TestMarketplace(engine, catalogue, app);
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** A TCP port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A marketplace whose services all fail when called: for tests that ask the features what they contribute (their
     * navigation, their links) without running anything.
     */
    public static Marketplace offline() {
        java.lang.reflect.InvocationHandler refuse = (proxy, method, args) -> {
            throw new UnsupportedOperationException("an offline marketplace does not run " + method);
        };
        java.util.function.Function<Class<?>, Object> stub = type -> java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(),
                new Class<?>[]{type}, refuse);
        java.lang.reflect.RecordComponent[] components = Marketplace.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            values[i] = type == Clock.class ? TUESDAY_MORNING : type == java.time.ZoneId.class ? io.comptoir.engine.core.EngineBuilder.DEFAULT_ZONE
                    : type == Marketplace.PluginServices.class
                    ? (Marketplace.PluginServices) new Marketplace.PluginServices() {
                        @Override
                        public <T> Optional<T> find(Class<T> wanted) {
                            return Optional.empty();
                        }
                    } : stub.apply(type);
        }
        try {
            return (Marketplace) Marketplace.class.getDeclaredConstructors()[0].newInstance(values);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's services with the test clock. */
    public static Marketplace marketplace(Engine engine) {
        return Marketplace.of(engine, TUESDAY_MORNING);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** GET a JSON document that must answer 200. */
    public JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    @Override
    public void close() {
        try {
            app.stop();
        }
        finally {
            engine.close();
        }
    }
}
