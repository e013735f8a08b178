package io.comptoir.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.comptoir.engine.api.schedule.ScheduledJobs;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.ThreadPool;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The application's metrics in Prometheus format at {@code /metrics}: the JVM, Jetty's thread pool and connections,
 * a timer of HTTP requests per route template, method and status ({@code http_server_requests_seconds}), and the health
 * of the periodic jobs ({@link JobMetrics}).
 */
public final class Metrics implements AutoCloseable {
    static final String REQUEST_TIMER = "http.server.requests";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

    public Metrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void register(RoutesConfig routes) {
        routes.get("/metrics", this::scrape, AccessRole.ANYONE);
    }

    public void bindThreadPool(ThreadPool pool) {
        new JettyServerThreadPoolMetrics(pool, Tags.empty()).bindTo(registry);
    }

    /** Each periodic job's last success and failure (see {@link JobMetrics}). */
    public void bindJobs(ScheduledJobs jobs) {
        new JobMetrics(jobs).bindTo(registry);
    }

    public void bindConnections(Server server) {
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }

    /** A request logger: times the request under its route template, so that ids in paths do not explode the series. */
    public void record(Context ctx, Float millis) {
        Timer.builder(REQUEST_TIMER)
                .description("HTTP requests answered, by route template")
                .tags("method", ctx.method().name(), "route", routeOf(ctx), "status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record(Duration.ofNanos((long) (millis * TimeUnit.MILLISECONDS.toNanos(1))));
    }

    static String routeOf(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        if (ctx.path().startsWith("/static/")) {
            return "/static/*";
        }
        return ctx.statusCode() == 404 ? "NOT_FOUND" : "UNMATCHED";
    }

    private void scrape(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
