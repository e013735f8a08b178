package io.comptoir.app.vouchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderId;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.EngineBuilder;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.LedgerAudit;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.Settlements;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.Vouchers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.comptoir.engine.core.BuiltInPaymentProvider.PAY_AT_PICKUP;
import static io.comptoir.engine.core.BuiltInPaymentProvider.SANDBOX_CARD;
import static org.awaitility.Awaitility.await;

/**
 * The marketplace with the real vouchers plugin, as the voucher web tests see it: the {@link TestCatalogue} shops, the
 * CAPSO and the CCPL funding the "Booster" (12 € sold 10 €; every live shop but Maison Lumbroise takes it), a tobacconist
 * selling it with its operator; the app on a free port, and HTTP helpers sending a session as a cookie (with the CSRF
 * token) or as a bearer token. Two worlds:
 * <ul>
 *   <li>{@link #start}: the shoppers' and points of sale's, on a clock that runs with real time and that the tests move
 *       forward: beside the Booster (sold at points of sale and online, 100 000 € of budget) ordinary gift vouchers, a
 *       voucher shop selling both online, and a second point of sale (a newsagent);</li>
 *   <li>{@link #backOffice}: the back-offices', on a clock standing on Tuesday 24 November 2026, 10:30 in Saint-Omer,
 *       with the Booster alone (sold at points of sale until 28 February 2027, 1 000 € of budget). There the fields of the
 *       first world only ({@link #gift}, {@link #voucherShop}, {@link #newsagent}...) are null.</li>
 * </ul>
 */
public final class VoucherMarket implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";
    public static final Money BOOSTER_BUDGET = Money.euros(100_000_00);
    public static final Instant TUESDAY = Instant.parse("2026-11-24T09:30:00Z");
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final Actor SYSTEM = TestCatalogue.ADMIN;
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private enum World { SHOPPERS, BACK_OFFICE }

    public final MovableClock clock;
    public final TestDatabase database;
    public final Engine engine;
    public final TestCatalogue catalogue;
    public final MarketplaceApp app;
    public final VoucherServices services;
    public final Funder capso;
    public final Funder ccpl;
    public final VoucherProgramme booster;
    public final VoucherProgramme gift;
    public final Merchant voucherShop;
    public final Product boosterProduct;
    public final Product giftProduct;
    public final PointOfSale tobacconist;
    public final PointOfSale newsagent;
    public final Account tobacconistOperator;
    public final Account newsagentOperator;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private VoucherMarket(World world, TestDatabase database, Money budget, Map<String, String> properties, int port) {
        this(world, database, budget, properties, port, Optional.empty());
    }

    private VoucherMarket(World world, TestDatabase database, Money budget, Map<String, String> properties, int port,
                          Optional<MailTransport> mail) {
        this.database = database;
        this.clock = world == World.SHOPPERS ? MovableClock.running() : new MovableClock(TUESDAY);
        try {
            EngineBuilder builder = Engine.builder().builtInPaymentProviders(PAY_AT_PICKUP, SANDBOX_CARD).dataSource(database.dataSource()).assetDirectory(Files.createTempDirectory("comptoir-assets-"))
                    .clock(clock).property("accounts.argon2-memory-kib", "1024").property("accounts.argon2-iterations", "1")
                    .property("sandbox-card.webhook-delay-ms", "5").properties(properties).plugin(new VouchersPlugin());
            mail.ifPresent(builder::mailTransport);
            engine = builder.build();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            catalogue = TestCatalogue.create(engine);
            services = VoucherServices.of(Marketplace.of(engine));
            capso = programmes().createFunder("CAPSO", "Communauté d’agglomération du Pays de Saint-Omer", TestCatalogue.ADMIN);
            ccpl = programmes().createFunder("CCPL", "Communauté de communes du Pays de Lumbres", TestCatalogue.ADMIN);
            booster = programmes().create(world == World.SHOPPERS ? boosterDraft() : officeBoosterDraft(), TestCatalogue.ADMIN);
            if (budget.isPositive()) {
                programmes().grantBudget(booster.id(), budget, "test-budget", TestCatalogue.ADMIN);
            }
            tobacconist = pointsOfSale().create(new PointOfSaleDraft("Tabac de la Place", new Address("3 place Foch", "62500",
                    TestCatalogue.SAINT_OMER), "03 21 00 00 01", true), TestCatalogue.ADMIN);
            tobacconistOperator = pointsOfSale().addOperator(tobacconist.id(), shopper("Paul Buraliste").id(), TestCatalogue.ADMIN);
            if (world == World.BACK_OFFICE) {
                gift = null;
                voucherShop = null;
                boosterProduct = null;
                giftProduct = null;
                newsagent = null;
                newsagentOperator = null;
                app = MarketplaceApp.create(Marketplace.of(engine), Optional.empty()).start(port);
                return;
            }
            gift = programmes().create(giftDraft(), TestCatalogue.ADMIN);
            Category giftCategory = engine.catalogue().createCategory(Optional.empty(), "Bons cadeaux", TestCatalogue.ADMIN);
            voucherShop = engine.merchants().importMerchant(new MerchantProfile("Bons d’achat du Pays de Saint-Omer", "26027347900014",
                    "Bons d’achat", "Les bons d’achat du territoire.", new Address("1 rue Victor-Hugo", "62500", TestCatalogue.SAINT_OMER),
                    Contact.NONE, OpeningHours.parse(""), List.of(giftCategory.id()), Optional.empty()), MerchantStatus.LIVE, false,
                    TestCatalogue.ADMIN);
            engine.service(OnlineVoucherShop.class).designate(voucherShop.id(), TestCatalogue.ADMIN);
            boosterProduct = engine.service(OnlineVoucherShop.class).publish(booster.id(), giftCategory.id(), TestCatalogue.ADMIN);
            giftProduct = engine.service(OnlineVoucherShop.class).publish(gift.id(), giftCategory.id(), TestCatalogue.ADMIN);
            newsagent = pointsOfSale().create(new PointOfSaleDraft("Maison de la Presse", new Address("8 rue Jean-Jaurès", "62510",
                    TestCatalogue.ARQUES), "03 21 00 00 02", true), TestCatalogue.ADMIN);
            newsagentOperator = pointsOfSale().addOperator(newsagent.id(), shopper("Nadia Presse").id(), TestCatalogue.ADMIN);
            engine.refreshSearch();
            app = MarketplaceApp.create(Marketplace.of(engine), Optional.empty()).start(port);
        }
        catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public static VoucherMarket start(TestDatabase database) {
        return new VoucherMarket(World.SHOPPERS, database, BOOSTER_BUDGET, Map.of(), 0);
    }

    public static VoucherMarket start(TestDatabase database, Money budget, Map<String, String> properties) {
        return new VoucherMarket(World.SHOPPERS, database, budget, properties, 0);
    }

    /** Sending mail through the transport (SMTP to a test server), with extra engine properties ({@code mail.*}, {@code vouchers.*}). */
    public static VoucherMarket startWithMail(TestDatabase database, MailTransport transport, Map<String, String> properties) {
        return new VoucherMarket(World.SHOPPERS, database, BOOSTER_BUDGET, properties, 0, Optional.of(transport));
    }

    /** The back-offices' world: the Booster alone, 1 000 € of budget, the clock standing on {@link #TUESDAY}. */
    public static VoucherMarket backOffice(TestDatabase database) {
        return new VoucherMarket(World.BACK_OFFICE, database, Money.euros(1_000_00), Map.of(), 0);
    }

    /** With the sandbox card posting its signed webhooks to the app over HTTP, as in the browser tests. */
    public static VoucherMarket startWithHttpWebhooks(TestDatabase database) {
        int port = freePort();
        return new VoucherMarket(World.SHOPPERS, database, BOOSTER_BUDGET, Map.of(
                "sandbox-card.webhook-url", "http://127.0.0.1:" + port + "/api/v1/payments/sandbox-card/webhook",
                "sandbox-card.secret", TestMarketplace.SANDBOX_SECRET, "sandbox-card.webhook-delay-ms", "150"), port);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProgrammeDraft boosterDraft() {
        return new ProgrammeDraft("happy-kdo-booster", "Happy Kdo Booster", "12 € de bons pour 10 € payés.", Money.EUR,
                LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(), OptionalInt.of(12),
                ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS, List.of(new DenominationDraft(Money.euros(1200), Money.euros(1000))),
                new BuyerLimit(OptionalInt.of(20), OptionalInt.of(5), Optional.empty()),
                Eligibility.allLiveShopsExcept(Set.of(catalogue.lumbroise.id())),
                List.of(new FunderShare(capso.id(), 24_717), new FunderShare(ccpl.id(), 3_869)), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE, SalesChannel.ONLINE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    private ProgrammeDraft officeBoosterDraft() {
        return new ProgrammeDraft("happy-kdo-booster", "Happy Kdo Booster", "12 € de bons pour 10 € payés.", Money.EUR,
                LocalDate.of(2026, 11, 14), Optional.of(LocalDate.of(2027, 2, 28)), Optional.of(LocalDate.of(2027, 2, 28)),
                OptionalInt.empty(), ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS,
                List.of(new DenominationDraft(Money.euros(1200), Money.euros(1000))),
                new BuyerLimit(OptionalInt.of(20), OptionalInt.empty(), Optional.empty()),
                Eligibility.allLiveShopsExcept(Set.of(catalogue.lumbroise.id())),
                List.of(new FunderShare(capso.id(), 24_717), new FunderShare(ccpl.id(), 3_869)), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    private ProgrammeDraft giftDraft() {
        return new ProgrammeDraft("cheque-cadeau", "Chèque cadeau", "Le cadeau qui fait vivre nos commerces.", Money.EUR,
                LocalDate.of(2026, 1, 1), Optional.empty(), Optional.empty(), OptionalInt.of(12), ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS,
                List.of(new DenominationDraft(Money.euros(1000), Money.euros(1000)), new DenominationDraft(Money.euros(2000), Money.euros(2000))),
                BuyerLimit.NONE, Eligibility.allLiveShopsExcept(Set.of()), List.of(), ExpiryRule.RETURN_SUBSIDY_TO_BUDGET,
                EnumSet.of(SalesChannel.POINT_OF_SALE, SalesChannel.ONLINE), ProgrammeDraft.DEFAULT_CANCEL_WINDOW, SettlementPeriod.WEEK);
    }

    // ---------- services ----------

    public Programmes programmes() {
        return engine.service(Programmes.class);
    }

    public PointsOfSale pointsOfSale() {
        return engine.service(PointsOfSale.class);
    }

    public PointOfSaleDesk desk() {
        return engine.service(PointOfSaleDesk.class);
    }

    public VoucherStock stock() {
        return engine.service(VoucherStock.class);
    }

    public Vouchers vouchers() {
        return engine.service(Vouchers.class);
    }

    public Settlements settlements() {
        return engine.service(Settlements.class);
    }

    public LedgerAudit audit() {
        return engine.service(LedgerAudit.class);
    }

    public long boosterDenomination() {
        return booster.denominations().get(0).id();
    }

    public long giftDenomination(long faceCents) {
        return gift.denominations().stream().filter(d -> d.face().minorUnits() == faceCents).findFirst().orElseThrow().id();
    }

    /** Booster vouchers sold at the tobacconist through the service, as its till does. */
    public Sale sellBooster(int quantity) {
        return desk().sell(new SaleRequest(tobacconist.id(), tobacconistOperator, booster.id(), boosterDenomination(), quantity, Optional.empty(),
                Optional.empty(), UUID.randomUUID().toString())).sale();
    }

    public Voucher reload(Voucher voucher) {
        return vouchers().voucher(voucher.id()).orElseThrow();
    }

    /** A Booster voucher sold at the tobacconist: 12 € on it. */
    public Voucher booster() {
        return sellBooster(1).vouchers().get(0);
    }

    public TestCatalogue catalogue() {
        return catalogue;
    }

    /** The sales of the point of sale today (Paris). */
    public List<Sale> salesToday(PointOfSale place) {
        return desk().salesOf(place.id(),
                new io.comptoir.plugin.kit.MarketCalendar(java.time.ZoneId.of("Europe/Paris")).dayOf(clock.instant()));
    }

    /** A pre-printed voucher's code, read from the database (the admin's printed sheets carry it). */
    public String stockCode(long batchId, int number) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT code FROM voucher WHERE batch_id = ? AND batch_number = ?")) {
            statement.setLong(1, batchId);
            statement.setInt(2, number);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no voucher " + number + " in batch " + batchId);
                }
                return rows.getString(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the sandbox bank's webhook to settle an order (it answers in another thread). */
    public CustomerOrder awaitSettled(CustomerOrderId id) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> engine.orders().customerOrder(id).orElseThrow(), order -> order.status() != CustomerOrderStatus.PENDING_PAYMENT);
    }

    /** Waits until the outbox delivered the vouchers of an online purchase to the buyer's wallet. */
    public List<Voucher> awaitWallet(AccountId holder, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
            engine.deliverPendingEvents();
            return activeIn(holder);
        }, wallet -> wallet.size() >= count);
    }

    private List<Voucher> activeIn(AccountId holder) {
        return vouchers().walletOf(holder).stream().filter(voucher -> voucher.status() == VoucherStatus.ACTIVE).toList();
    }

    // ---------- accounts ----------

    public Account shopper(String name) {
        String local = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).toLowerCase().replaceAll("[^a-z]+", ".");
        return engine.accounts().register(local + "." + ACCOUNTS.incrementAndGet() + "@example.org", PASSWORD, name);
    }

    /** An account (with {@link #PASSWORD}) working for the shop. */
    public Account staffOf(String name, Merchant shop) {
        return engine.accounts().grant(shopper(name).id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), TestCatalogue.ADMIN);
    }

    public Account admin(String name) {
        return engine.accounts().grant(shopper(name).id(), RoleGrant.of(Role.TERRITORY_ADMIN), TestCatalogue.ADMIN);
    }

    public Session session(Account account) {
        return engine.sessions().open(account.id());
    }

    /** A session of a new account working for the shop. */
    public Session staffOf(Merchant shop) {
        return session(staffOf("Camille " + shop.name(), shop));
    }

    /** A session of a new territory admin. */
    public Session admin() {
        return session(admin("Équipe du territoire"));
    }

    // ---------- HTTP ----------

    public URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> get(String path, Session session) {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session)).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, Session session) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTML form sent by a signed-in browser, with the session's CSRF token. */
    public HttpResponse<String> postForm(String path, Session session, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", session.csrfToken());
        all.putAll(fields);
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie(session))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formBody(all))).build());
    }

    /** A form with repeated fields, as name/value pairs (a multiple select), with the session's CSRF token. */
    public HttpResponse<String> postForm(String path, Session session, List<Map.Entry<String, String>> fields) {
        return send(BackOfficeMarket.form(uri(path), session, fields));
    }

    public static String formBody(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** An API call with the session as a bearer token (null: anonymous), a JSON body (null: none) and extra headers. */
    public HttpResponse<String> api(String method, String path, Session session, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (session != null) {
            request.header("Authorization", "Bearer " + session.token());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
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

    public static String cookie(Session session) {
        return "comptoir_session=" + session.token();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
}
