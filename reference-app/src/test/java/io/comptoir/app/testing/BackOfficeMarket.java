package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.Features;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.merchant.ActivationDecision;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantActivationPolicy;
import io.comptoir.engine.api.merchant.OnboardingChecklist;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.awaitility.Awaitility.await;

/**
 * The marketplace as the back-office tests see it: a real engine with the {@link TestCatalogue}, a policy that keeps a
 * shop from going live while its onboarding checklist has blocking items (as the training plugin will), the web
 * application on a free port with the engine's own clock, accounts signed in through the engine's sessions, and HTTP
 * helpers that send the session as a cookie (with the CSRF token) or as a bearer token.
 */
public final class BackOfficeMarket implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    public final Engine engine;
    public final TestCatalogue catalogue;
    public final MarketplaceApp app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private BackOfficeMarket(Engine engine, TestCatalogue catalogue, MarketplaceApp app) {
        this.engine = engine;
        this.catalogue = catalogue;
        this.app = app;
    }

    /** @param plugins the plugins to run besides the test's own activation policy (the training plugin...) */
    public static BackOfficeMarket start(TestDatabase database, EnginePlugin... plugins) {
        return start(engine(database, Optional.empty(), plugins));
    }

    /** The same, sending mail through the transport (e.g. SMTP to a test server), with extra engine properties ({@code mail.*}). */
    public static BackOfficeMarket startWithMail(TestDatabase database, MailTransport transport, Map<String, String> properties) {
        return start(engine(database, Optional.empty(), builder -> builder.mailTransport(transport).properties(properties)));
    }

    /** The same with plugins (the vouchers plugin...) and, when given, a clock the test moves. */
    public static BackOfficeMarket start(TestDatabase database, Optional<java.time.Clock> clock, EnginePlugin... plugins) {
        return start(engine(database, clock, plugins));
    }

    /**
     * With the given plugins instead of the test's onboarding policy (e.g. the training plugin, whose policy keeps shops
     * from going live), on the given clock.
     */
    public static BackOfficeMarket start(TestDatabase database, java.time.Clock clock, Map<String, String> properties,
                                         EnginePlugin... plugins) {
        try {
            return start(Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(database.dataSource()).clock(clock).properties(properties)
                    .assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                    .property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                    .property("sandbox-card.webhook-delay-ms", "5")
                    .plugins(List.of(plugins)).build());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With only these features on the web (a territory that leaves some out), and these plugins. */
    public static BackOfficeMarket start(TestDatabase database, List<WebFeature> features, EnginePlugin... plugins) {
        return start(engine(database, Optional.empty(), plugins), features);
    }

    private static BackOfficeMarket start(Engine engine) {
        return start(engine, Features.all());
    }

    private static BackOfficeMarket start(Engine engine, List<WebFeature> features) {
        try {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            TestCatalogue catalogue = TestCatalogue.create(engine);
            MarketplaceApp app = MarketplaceApp.create(Marketplace.of(engine), io.comptoir.app.territory.TerritoryReader.shippedDefault(), Optional.empty(), Set.of(),
                    MarketplaceApp.DEFAULT_HTTP_THREADS,
                    features).start(0);
            return new BackOfficeMarket(engine, catalogue, app);
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static Engine engine(TestDatabase database, Optional<java.time.Clock> clock, EnginePlugin... plugins) {
        return engine(database, clock, builder -> {
            for (EnginePlugin plugin : plugins) {
                builder.plugin(plugin);
            }
        });
    }

    private static Engine engine(TestDatabase database, Optional<java.time.Clock> clock,
                                 java.util.function.Consumer<io.comptoir.engine.core.EngineBuilder> more) {
        AtomicReference<PluginContext> context = new AtomicReference<>();
        MerchantActivationPolicy checklistPolicy = merchant -> {
            List<String> blocking = context.get().service(OnboardingChecklist.class).blocking(merchant.id()).stream()
                    .map(item -> item.label() + (item.detail().isEmpty() ? "" : " (" + item.detail() + ")")).toList();
            return blocking.isEmpty() ? ActivationDecision.allowed() : ActivationDecision.blockedBy(blocking);
        };
        EnginePlugin onboarding = new EnginePlugin() {
            @Override
            public String id() {
                return "test_onboarding";
            }

            @Override
            public void initialize(PluginContext pluginContext) {
                context.set(pluginContext);
                pluginContext.registerActivationPolicy(checklistPolicy);
            }
        };
        try {
            io.comptoir.engine.core.EngineBuilder builder = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(database.dataSource())
                    .assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                    .property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                    .property("sandbox-card.webhook-delay-ms", "5")
                    .plugin(onboarding);
            clock.ifPresent(builder::clock);
            more.accept(builder);
            return builder.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------- accounts and sessions ----------

    public Account shopper(String name) {
        return engine.accounts().register(unique(name), PASSWORD, name);
    }

    /** An account working for these shops. */
    public Account staffOf(String name, Merchant... shops) {
        Account account = shopper(name);
        for (Merchant shop : shops) {
            account = engine.accounts().grant(account.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), TestCatalogue.ADMIN);
        }
        return account;
    }

    public Account admin(String name) {
        Account account = shopper(name);
        return engine.accounts().grant(account.id(), RoleGrant.of(Role.TERRITORY_ADMIN), TestCatalogue.ADMIN);
    }

    private static String unique(String name) {
        String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).toLowerCase()
                .replaceAll("[^a-z]+", ".").replaceAll("^\\.+|\\.+$", "");
        return (local.isEmpty() ? "account" : local) + "." + ACCOUNTS.incrementAndGet() + "@example.org";
    }

    public Session session(Account account) {
        return engine.sessions().open(account.id());
    }

    // ---------- orders ----------

    /** A shopper's order, paid with the tender and settled (the sandbox bank answers by webhook). */
    public CustomerOrder order(Account shopper, TenderRequest tender, Map<Variant, Integer> lines) {
        CartOwner owner = CartOwner.shopper(shopper.id());
        lines.forEach((variant, quantity) -> engine.carts().add(owner, variant.id(), quantity));
        engine.carts().cart(owner);
        CustomerOrder order = engine.checkout().checkout(new CheckoutRequest(shopper.id(), Map.of(), List.of(tender),
                UUID.randomUUID().toString())).order();
        CustomerOrderId id = order.id();
        order = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(() -> engine.orders().customerOrder(id).orElseThrow(), current -> current.status() != CustomerOrderStatus.PENDING_PAYMENT);
        if (order.status() != CustomerOrderStatus.PLACED) {
            throw new IllegalStateException("order not placed: " + order.status() + " " + order.failureReason());
        }
        return order;
    }

    public static TenderRequest card() {
        return TenderRequest.of("sandbox-card", Map.of("card", "4242 4242 4242 4242"));
    }

    public static TenderRequest payAtPickup() {
        return TenderRequest.of("pay-at-pickup", Map.of());
    }

    /** The part of the order one shop fulfils. */
    public static MerchantOrder partOf(CustomerOrder order, Merchant shop) {
        return order.merchantOrders().stream().filter(part -> part.merchantId().equals(shop.id())).findFirst().orElseThrow();
    }

    public MerchantOrder reload(MerchantOrder order) {
        return engine.orders().merchantOrder(order.id()).orElseThrow();
    }

    // ---------- HTTP ----------

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A page or API call as a signed-in browser (the session cookie). */
    public HttpResponse<String> get(String path, Session session) {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session)).GET().build());
    }

    /** An HTML form sent by a signed-in browser, with the session's CSRF token. */
    public HttpResponse<String> postForm(String path, Session session, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", session.csrfToken());
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(all))).build());
    }

    /** A form with repeated fields, as name/value pairs. */
    public HttpResponse<String> postForm(String path, Session session, List<Map.Entry<String, String>> fields) {
        return send(form(uri(path), session, fields));
    }

    /** The request of a form with repeated fields (name/value pairs), sent by a signed-in browser with its CSRF token. */
    public static HttpRequest form(URI uri, Session session, List<Map.Entry<String, String>> fields) {
        StringJoiner body = new StringJoiner("&");
        body.add("_csrf=" + URLEncoder.encode(session.csrfToken(), StandardCharsets.UTF_8));
        fields.forEach(field -> body.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(uri).header("Cookie", cookie(session))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    public static String formBody(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** An API call with the session as a bearer token (no CSRF token needed). */
    public HttpResponse<String> api(String method, String path, Session session, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + session.token())
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    public HttpResponse<String> apiGet(String path, Session session) {
        return api("GET", path, session, null);
    }

    /** A JSON call from a script of our own pages: the session cookie and the X-CSRF-Token header. */
    public HttpResponse<String> apiWithCookie(String method, String path, Session session, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session)).header("X-CSRF-Token", session.csrfToken())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A multipart upload of one file (and text fields), as a signed-in browser would send it. */
    public HttpResponse<String> upload(String path, Session session, Map<String, String> fields, String filename, String contentType,
                                       byte[] content, boolean bearer) {
        return upload(path, session, fields, "file", filename, contentType, content, bearer);
    }

    /** A multipart upload of one file under the form field {@code fileField}. */
    public HttpResponse<String> upload(String path, Session session, Map<String, String> fields, String fileField, String filename,
                                       String contentType, byte[] content, boolean bearer) {
        String boundary = "----comptoir" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        if (!bearer) {
            all.put("_csrf", session.csrfToken());
        }
        all.putAll(fields);
        all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n"));
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        request.header(bearer ? "Authorization" : "Cookie", bearer ? "Bearer " + session.token() : cookie(session));
        return send(request.build());
    }

    /** The status the server answers to a body of {@code length} bytes announced with {@code Expect: 100-continue}. */
    public int announce(String method, String path, Session session, String contentType, long length) {
        return OversizedRequest.expectingContinue(uri("/"), method, path,
                Map.of("Authorization", "Bearer " + session.token(), "Content-Type", contentType), length).status();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String cookie(Session session) {
        return "comptoir_session=" + session.token();
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

    public static JsonNode json(HttpResponse<String> response) {
        return TestMarketplace.json(response);
    }

    /** Where a 303 after a form leads. */
    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + response.statusCode()
                + " " + response.body()));
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

    /** For items that block going live in assertions. */
    public static String describe(ChecklistItem item) {
        return item.label();
    }
}
