package io.comptoir.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.feature.FeatureContext;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.account.AccountPages;
import io.comptoir.app.account.AccountsApi;
import io.comptoir.app.account.PasswordResetRequests;
import io.comptoir.app.account.SignIns;
import io.comptoir.app.ops.HealthRoute;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.app.web.AccessControl;
import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.Authentication;
import io.comptoir.app.web.CartOwners;
import io.comptoir.app.web.ClientAddress;
import io.comptoir.app.web.CsrfProtection;
import io.comptoir.app.web.ErrorHandlers;
import io.comptoir.app.web.HeadRequests;
import io.comptoir.app.web.Json;
import io.comptoir.app.web.JettyErrors;
import io.comptoir.app.web.JteRenderer;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Messages;
import io.comptoir.app.web.Metrics;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.RequestLimits;
import io.comptoir.app.web.RequestLog;
import io.comptoir.app.web.ResetLinks;
import io.comptoir.app.web.SecurityHeaders;
import io.comptoir.app.web.SiteContact;
import io.comptoir.app.web.StaticResources;
import io.comptoir.app.web.UnstorableParameters;
import io.comptoir.app.web.VisitTracking;
import io.comptoir.app.web.backoffice.BackOffices;
import io.comptoir.app.web.openapi.OpenApiRoute;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.comptoir.engine.api.account.Role;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The marketplace's web application on top of the engine: the web kit (layouts, sign-in, CSRF, access roles, errors,
 * texts, metrics), then each {@link WebFeature} that runs, which registers its pages and API and contributes its
 * navigation, texts, roles and part of the API description. Made from the engine's services so that tests start it on
 * port 0 against a real engine.
 */
public final class MarketplaceApp {
    /**
     * Request threads by default (Jetty's acceptor and selectors are among them). Few, on purpose: measured on 2 cores
     * at 64 connections, search's p99 was 44 ms with 64 threads, 25–29 ms with 20 and 17–23 ms with 12, at the same or
     * a better throughput (requests wait in Jetty's queue, first come first served, instead of sharing the cores in time
     * slices); and the database pool has 16 connections anyway.
     */
    public static final int DEFAULT_HTTP_THREADS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(MarketplaceApp.class);

    private final Javalin javalin;
    private final Metrics metrics;
    private final List<WebFeature> features;
    private final Warming warming;

    private MarketplaceApp(Javalin javalin, Metrics metrics, List<WebFeature> features, Warming warming) {
        this.javalin = javalin;
        this.metrics = metrics;
        this.features = features;
        this.warming = warming;
    }

    /**
     * @param publicUrl the address shoppers use, for absolute links and secure cookies; empty for relative links
     */
    public static MarketplaceApp create(Marketplace marketplace, Optional<URI> publicUrl) {
        return create(marketplace, publicUrl, Set.of());
    }

    /** @param trustedProxies reverse proxies whose {@code X-Forwarded-For} tells the client's address */
    public static MarketplaceApp create(Marketplace marketplace, Optional<URI> publicUrl, Set<String> trustedProxies) {
        return create(marketplace, TerritoryReader.shippedDefault(), publicUrl, trustedProxies, DEFAULT_HTTP_THREADS, Features.all());
    }

    /**
     * @param territory the territory the site shows: its name, texts, colours, logo, legal pages
     * @param httpThreads the request threads, Jetty's acceptor and selectors included (the other requests wait in line)
     * @param features the features to run, of which those that can run on this marketplace do
     */
    public static MarketplaceApp create(Marketplace marketplace, TerritoryFolder territory, Optional<URI> publicUrl, Set<String> trustedProxies,
                                        int httpThreads, List<WebFeature> features) {
        requireNonNull(marketplace, "marketplace is null");
        requireNonNull(territory, "territory is null");
        if (!marketplace.zone().equals(territory.identity().timeZone())) {
            throw new IllegalArgumentException("the engine's time zone " + marketplace.zone() + " is not the territory's, "
                    + territory.identity().timeZone() + ": build the engine with EngineBuilder.zone(" + territory.identity().timeZone() + ")");
        }
        if (httpThreads < 8) {
            throw new IllegalArgumentException("at least 8 HTTP threads (Jetty keeps some for accepting and selecting)");
        }
        List<WebFeature> running = requireNonNull(features, "features is null").stream().filter(feature -> feature.runsOn(marketplace)).toList();
        ClientAddress clientAddress = new ClientAddress(trustedProxies);
        String baseUrl = publicUrl.map(URI::toString).orElse("");
        boolean secureCookies = publicUrl.map(url -> "https".equals(url.getScheme())).orElse(false);
        ObjectMapper mapper = Json.objectMapper();
        CartOwners carts = new CartOwners(marketplace.carts(), secureCookies);
        Messages messages = Messages.of(all(running, feature -> feature.messages().stream().toList())).with(territory.branding().texts());
        TerritoryContent content = new TerritoryContent(territory, marketplace.territory(), marketplace.merchants());
        PageFactory pages = new PageFactory(messages, all(running, WebFeature::siteLinks), territory.look(), marketplace.zone(),
                () -> footerContact(content),
                new StaticResources(), baseUrl, secureCookies, carts::forHeader);
        BackOffices backOffices = new BackOffices(pages, all(running, feature -> feature.backOffices(marketplace)),
                all(running, feature -> feature.navigation(marketplace)));
        AccessControl access = AccessControl.ofViewers();
        CsrfProtection csrf = new CsrfProtection(Set.copyOf(all(running, WebFeature::csrfExempt)));
        Authentication authentication = new Authentication(marketplace.sessions(), marketplace.accounts(), secureCookies);
        Metrics metrics = new Metrics();
        FeatureContext context = new FeatureContext(marketplace, territory, pages, new Links(baseUrl), backOffices,
                all(running, WebFeature::roles), authentication, carts, new ResetLinks(baseUrl), metrics);
        List<OpenApiSection> api = all(running, WebFeature::openApi);
        marketplace.plugin(ScheduledJobs.class).ifPresent(metrics::bindJobs);
        SecurityHeaders securityHeaders = new SecurityHeaders(all(running, feature -> feature.formTargets(marketplace)));
        VisitTracking visits = new VisitTracking(marketplace.visits(), secureCookies);
        QueuedThreadPool threads = new QueuedThreadPool(httpThreads, 8);
        threads.setName("http");
        metrics.bindThreadPool(threads);

        Warming warming = new Warming();
        Javalin[] holder = new Javalin[1];
        try {
            holder[0] = Javalin.create(cfg -> {
                cfg.http.maxRequestSize = RequestLimits.MAX_BODY_BYTES;
                cfg.jetty.multipartConfig.maxFileSize(RequestLimits.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxTotalRequestSize(RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxInMemoryFileSize((int) RequestLimits.MAX_UPLOAD_REQUEST_BYTES, SizeUnit.BYTES);
                cfg.http.prefer405over404 = true;
                cfg.jetty.threadPool = threads;
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
                cfg.jsonMapper(new JavalinJackson(mapper, false));
                cfg.fileRenderer(new JteRenderer());
                cfg.staticFiles.add(files -> {
                    files.hostedPath = StaticResources.HOSTED_PATH;
                    files.directory = StaticResources.CLASSPATH_DIRECTORY;
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", StaticResources.CACHE_CONTROL);
                    files.roles = Set.of(AccessRole.ANYONE);
                });
                cfg.requestLogger.http(RequestLog::log);
                cfg.requestLogger.http(metrics::record);
                cfg.events.serverStarted(() -> metrics.bindConnections(holder[0].jettyServer().server()));

                cfg.routes.before(warming::gate);
                cfg.routes.before(clientAddress::resolve);
                cfg.routes.before(securityHeaders::apply);
                cfg.routes.before(RequestLimits::rejectOversizedBody);
                cfg.routes.before(UnstorableParameters::reject);
                cfg.routes.before(authentication::identify);
                cfg.routes.beforeMatched(access::check);
                cfg.routes.beforeMatched(csrf::check);
                cfg.routes.beforeMatched(visits::track);
                new ErrorHandlers(pages).register(cfg.routes);
                for (WebFeature feature : running) {
                    feature.register(cfg.routes, context);
                }
                new OpenApiRoute(mapper, baseUrl, api, marketplace.accounts().roles().stream().map(Role::name).toList()).register(cfg.routes);
            });
            HeadRequests.mirrorGetRoutes(holder[0]);
        }
        catch (RuntimeException e) {
            closeAll(running, metrics);
            throw e;
        }
        return new MarketplaceApp(holder[0], metrics, running, warming);
    }

    /**
     * The contact of every page's footer; the folder's when the settings cannot be read, so that the error page of a
     * database outage still renders.
     */
    private static SiteContact footerContact(TerritoryContent content) {
        try {
            return content.contact();
        }
        catch (RuntimeException e) {
            LOG.debug("the territory's settings cannot be read, the footer shows the folder's contact", e);
            return content.folderContact();
        }
    }

    private static <T> List<T> all(List<WebFeature> features, Function<WebFeature, List<T>> contribution) {
        return features.stream().flatMap(feature -> contribution.apply(feature).stream()).toList();
    }

    /** Starts serving on the port, 0 for any free one, on every interface. */
    public MarketplaceApp start(int port) {
        return start(null, port);
    }

    /** Starts serving on the port of the interface, {@code null} for every interface. */
    public MarketplaceApp start(String host, int port) {
        try {
            if (host == null) {
                javalin.start(port);
            }
            else {
                javalin.start(host, port);
            }
        }
        catch (RuntimeException e) {
            closeAll(features, metrics);
            throw e;
        }
        return this;
    }

    /**
     * Starts serving on the port of the interface ({@code null}: every interface), after warming up: until the site has
     * served its main pages to itself, every other request is answered 503 "starting" ({@link Warming}).
     */
    public MarketplaceApp startWarm(String host, int port) {
        warming.close();
        start(host, port);
        String loopback = host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        warming.warmUp(URI.create("http://" + (loopback.contains(":") ? "[" + loopback + "]" : loopback) + ":" + port() + "/"));
        return this;
    }

    public int port() {
        return javalin.port();
    }

    /** The Javalin instance, for tests that inspect its routes. */
    public Javalin javalin() {
        return javalin;
    }

    /** The names of the features that run, in order. */
    public List<String> features() {
        return features.stream().map(WebFeature::name).toList();
    }

    /**
     * Stops serving: finishes the requests in progress, then lets each feature finish what it started (the queued
     * password reset requests, for a few seconds at most), then releases the port and the metrics. Call it before
     * closing the engine.
     */
    public void stop() {
        try {
            javalin.stop();
        }
        finally {
            closeAll(features, metrics);
        }
    }

    private static void closeAll(List<WebFeature> features, Metrics metrics) {
        try {
            for (int i = features.size() - 1; i >= 0; i--) {
                features.get(i).close();
            }
        }
        finally {
            metrics.close();
        }
    }
}
