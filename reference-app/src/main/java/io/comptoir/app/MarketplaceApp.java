package io.comptoir.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.account.AccountPages;
import io.comptoir.app.account.AccountsApi;
import io.comptoir.app.account.PasswordResetRequests;
import io.comptoir.app.account.ResetLinks;
import io.comptoir.app.account.SignIns;
import io.comptoir.app.api.AssetsRoute;
import io.comptoir.app.auth.Authentication;
import io.comptoir.app.auth.CsrfProtection;
import io.comptoir.app.api.MerchantsApi;
import io.comptoir.app.api.ProductsApi;
import io.comptoir.app.api.TerritoryApi;
import io.comptoir.app.cart.CartApi;
import io.comptoir.app.cart.CartOwners;
import io.comptoir.app.cart.CartPage;
import io.comptoir.app.checkout.CheckoutApi;
import io.comptoir.app.checkout.CheckoutPage;
import io.comptoir.app.checkout.Tenders;
import io.comptoir.app.openapi.AccountsApiSection;
import io.comptoir.app.openapi.AdminApiSection;
import io.comptoir.app.openapi.CatalogueApiSection;
import io.comptoir.app.openapi.MerchantApiSection;
import io.comptoir.app.openapi.ShoppingApiSection;
import io.comptoir.app.openapi.VouchersApiSection;
import io.comptoir.app.vouchers.VoucherFeatures;
import io.comptoir.app.orders.OrderPages;
import io.comptoir.app.orders.OrdersApi;
import io.comptoir.app.orders.OwnOrders;
import io.comptoir.app.payment.PaymentWebhooks;
import io.comptoir.app.openapi.OpenApiRoute;
import io.comptoir.app.ops.HealthRoute;
import io.comptoir.app.ops.Metrics;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.comptoir.app.shop.ShopperSite;
import io.comptoir.app.web.AccessControl;
import io.comptoir.app.web.ClientAddress;
import io.comptoir.app.web.ErrorHandlers;
import io.comptoir.app.web.Json;
import io.comptoir.app.web.JteRenderer;
import io.comptoir.app.web.LanguageSelector;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RequestLimits;
import io.comptoir.app.web.RequestLog;
import io.comptoir.app.web.RouteRole;
import io.comptoir.app.web.SecurityHeaders;
import io.comptoir.app.web.StaticResources;
import io.comptoir.app.web.VisitTracking;
import io.comptoir.app.admin.AdminApi;
import io.comptoir.app.admin.AdminBackOffice;
import io.comptoir.app.merchant.MerchantApi;
import io.comptoir.app.merchant.MerchantBackOffice;
import io.javalin.config.SizeUnit;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace's web application on top of the engine: the shopper site, the JSON API and its description,
 * health and metrics. Made from the engine's services so that tests start it on port 0 against a real engine.
 */
public final class MarketplaceApp {
    /**
     * Request threads by default (Jetty's acceptor and selectors are among them). Few, on purpose: measured on 2 cores
     * at 64 connections, search's p99 was 44 ms with 64 threads, 25–29 ms with 20 and 17–23 ms with 12, at the same or
     * a better throughput (requests wait in Jetty's queue, first come first served, instead of sharing the cores in time
     * slices); and the database pool has 16 connections anyway.
     */
    public static final int DEFAULT_HTTP_THREADS = 12;

    private final Javalin javalin;
    private final Metrics metrics;
    private final PasswordResetRequests passwordResets;

    private MarketplaceApp(Javalin javalin, Metrics metrics, PasswordResetRequests passwordResets) {
        this.javalin = javalin;
        this.metrics = metrics;
        this.passwordResets = passwordResets;
    }

    /**
     * @param publicUrl the address shoppers use, for absolute links and secure cookies; empty for relative links
     */
    public static MarketplaceApp create(Marketplace marketplace, Optional<URI> publicUrl) {
        return create(marketplace, publicUrl, Set.of());
    }

    /** @param trustedProxies reverse proxies whose {@code X-Forwarded-For} tells the client's address */
    public static MarketplaceApp create(Marketplace marketplace, Optional<URI> publicUrl, Set<String> trustedProxies) {
        return create(marketplace, publicUrl, trustedProxies, DEFAULT_HTTP_THREADS);
    }

    /** @param httpThreads the request threads, Jetty's acceptor and selectors included (the other requests wait in line) */
    public static MarketplaceApp create(Marketplace marketplace, Optional<URI> publicUrl, Set<String> trustedProxies, int httpThreads) {
        requireNonNull(marketplace, "marketplace is null");
        if (httpThreads < 8) {
            throw new IllegalArgumentException("at least 8 HTTP threads (Jetty keeps some for accepting and selecting)");
        }
        ClientAddress clientAddress = new ClientAddress(trustedProxies);
        String baseUrl = publicUrl.map(URI::toString).orElse("");
        boolean secureCookies = publicUrl.map(url -> "https".equals(url.getScheme())).orElse(false);
        ObjectMapper mapper = Json.objectMapper();
        Links links = new Links(baseUrl);
        CartOwners carts = new CartOwners(marketplace.carts(), secureCookies);
        PageFactory pages = new PageFactory(new LanguageSelector(secureCookies), new StaticResources(), baseUrl, carts::forHeader);
        AccessControl access = AccessControl.ofViewers();
        Authentication authentication = new Authentication(marketplace.sessions(), marketplace.accounts(), secureCookies);
        SignIns signIns = new SignIns(marketplace.accounts(), marketplace.sessions(), authentication, carts);
        ResetLinks resetLinks = new ResetLinks(baseUrl);
        OwnOrders ownOrders = new OwnOrders(marketplace.orders());
        Metrics metrics = new Metrics();
        marketplace.plugin(ScheduledJobs.class).ifPresent(metrics::bindJobs);
        VisitTracking visits = new VisitTracking(marketplace.visits(), secureCookies);
        QueuedThreadPool threads = new QueuedThreadPool(httpThreads, 8);
        threads.setName("http");
        metrics.bindThreadPool(threads);
        // Started here, stopped by stop(); if the configuration below fails, its idle daemon thread is all that is left.
        PasswordResetRequests passwordResets = new PasswordResetRequests(marketplace.accounts(), metrics.registry());

        Javalin[] holder = new Javalin[1];
        holder[0] = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
            cfg.jetty.multipartConfig.maxFileSize(RequestLimits.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
            cfg.http.prefer405over404 = true;
            cfg.jetty.threadPool = threads;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.fileRenderer(new JteRenderer());
            cfg.staticFiles.add(files -> {
                files.hostedPath = StaticResources.HOSTED_PATH;
                files.directory = StaticResources.CLASSPATH_DIRECTORY;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", StaticResources.CACHE_CONTROL);
                files.roles = Set.of(RouteRole.ANYONE);
            });
            cfg.requestLogger.http(RequestLog::log);
            cfg.requestLogger.http(metrics::record);
            cfg.events.serverStarted(() -> metrics.bindConnections(holder[0].jettyServer().server()));

            cfg.routes.before(clientAddress::resolve);
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.before(RequestLimits::rejectOversizedBody);
            cfg.routes.before(authentication::identify);
            cfg.routes.beforeMatched(access::check);
            cfg.routes.beforeMatched(CsrfProtection::check);
            cfg.routes.beforeMatched(visits::track);
            new ErrorHandlers(pages).register(cfg.routes);

            new ShopperSite(marketplace, pages).register(cfg.routes);
            new MerchantBackOffice(marketplace, pages).register(cfg.routes);
            new AdminBackOffice(marketplace, pages).register(cfg.routes);
            new io.comptoir.app.admin.training.TrainingBackOffice(marketplace, pages).register(cfg.routes);
            new io.comptoir.app.merchant.ShopVoucherPages(marketplace, pages).register(cfg.routes);
            new io.comptoir.app.admin.VoucherAdminPages(marketplace, pages, resetLinks).register(cfg.routes);
            new ProductsApi(marketplace, links).register(cfg.routes);
            new MerchantsApi(marketplace, links).register(cfg.routes);
            new TerritoryApi(marketplace, links).register(cfg.routes);
            new MerchantApi(marketplace, links).register(cfg.routes);
            new io.comptoir.app.merchant.StaffApi(marketplace, resetLinks).register(cfg.routes);
            new AdminApi(marketplace).register(cfg.routes);
            new io.comptoir.app.training.TrainingWeb(marketplace, pages).register(cfg.routes);
            new io.comptoir.app.admin.training.TrainingAdminApi(marketplace).register(cfg.routes);
            new io.comptoir.app.merchant.MerchantVoucherApi(marketplace).register(cfg.routes);
            new io.comptoir.app.admin.AdminVoucherApi(marketplace, resetLinks).register(cfg.routes);
            new VoucherFeatures(marketplace, pages).register(cfg.routes);
            new AssetsRoute(marketplace.assets()).register(cfg.routes);
            // shopping: accounts, cart, checkout, orders, payment webhooks
            new AccountPages(marketplace.accounts(), authentication, signIns, resetLinks, passwordResets, pages).register(cfg.routes);
            new AccountsApi(marketplace.accounts(), authentication, signIns, resetLinks, passwordResets).register(cfg.routes);
            new CartPage(marketplace, carts, pages).register(cfg.routes);
            new CartApi(marketplace, carts, links).register(cfg.routes);
            new CheckoutPage(marketplace, carts, new Tenders(marketplace.payments()), pages).register(cfg.routes);
            new CheckoutApi(marketplace, links).register(cfg.routes);
            new OrderPages(marketplace, ownOrders, pages).register(cfg.routes);
            new OrdersApi(marketplace, ownOrders, links).register(cfg.routes);
            new PaymentWebhooks(marketplace.payments()).register(cfg.routes);
            new OpenApiRoute(mapper, baseUrl, List.of(new CatalogueApiSection(), new AccountsApiSection(), new ShoppingApiSection(),
                    new MerchantApiSection(), new AdminApiSection(), new io.comptoir.app.openapi.TrainingApiSection(),
                    new io.comptoir.app.openapi.TrainingAdminApiSection(), new VouchersApiSection(),
                    new io.comptoir.app.openapi.VoucherBackOfficeApiSection())).register(cfg.routes);
            new HealthRoute(marketplace.search(), marketplace.plugin(ScheduledJobs.class)).register(cfg.routes);
            metrics.register(cfg.routes);
        });
        return new MarketplaceApp(holder[0], metrics, passwordResets);
    }

    /** Starts serving on the port, 0 for any free one. */
    public MarketplaceApp start(int port) {
        try {
            javalin.start(port);
        }
        catch (RuntimeException e) {
            passwordResets.close();
            metrics.close();
            throw e;
        }
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** The Javalin instance, for tests that inspect its routes. */
    public Javalin javalin() {
        return javalin;
    }

    /**
     * Stops serving: finishes the requests in progress, then the queued password reset requests (for a few seconds at
     * most), then releases the port and the metrics. Call it before closing the engine.
     */
    public void stop() {
        try {
            javalin.stop();
        }
        finally {
            passwordResets.close();
            metrics.close();
        }
    }
}
