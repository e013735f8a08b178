package io.comptoir.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.comptoir.engine.testkit.PostgresSettings;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting the marketplace as {@link Main} does: the port answers "starting" at once, then the site; a port taken or an
 * embedded database held by another process is a one-line error before anything is opened or loaded.
 */
final class StartupTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", dataDir.toString(), "BIND_ADDRESS", "127.0.0.1",
                "MARKETPLACE_SEED", "none", "PORT", "0"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static HttpResponse<String> send(String method, int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileStartingEveryRouteAnswers503WithAFrenchFirstStartingPage() throws Exception {
        try (StartingPage starting = StartingPage.open("127.0.0.1", 0)) {
            for (String path : List.of("/", "/produits/1", "/api/v1/cart", "/health", "/static/app.css")) {
                HttpResponse<String> page = send("GET", starting.port(), path);
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).contains("5");
                assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
                assertThat(page.body()).contains("<html lang=\"fr\">", "Le marché démarre", "The marketplace is starting");
                assertThat(page.body().indexOf("démarre")).isLessThan(page.body().indexOf("starting"));
            }
            assertThat(send("POST", starting.port(), "/api/v1/checkout").statusCode()).isEqualTo(503);
            assertThat(send("HEAD", starting.port(), "/").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void thePortAnswersStartingAtOnceThenTheSiteOnTheSamePort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        AppConfig config = AppConfig.fromEnvironment(env("PORT", Integer.toString(port)));
        CompletableFuture<Main.Running> starting = CompletableFuture.supplyAsync(() -> Main.start(config));
        List<Integer> statuses = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (System.nanoTime() < deadline && !statuses.contains(200)) {
                try {
                    HttpResponse<String> home = send("GET", port, "/");
                    if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != home.statusCode()) {
                        statuses.add(home.statusCode());
                    }
                }
                catch (IOException refused) {
                    // not listening yet: the first milliseconds of the start
                }
                Thread.sleep(10);
            }
            assertThat(statuses).as("answers of / in order, during the start").containsExactly(503, 200);
        }
        finally {
            starting.get(60, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void aPortAlreadyTakenIsOneLineBeforeTheDatabaseIsOpened() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AppConfig config = AppConfig.fromEnvironment(env("PORT", Integer.toString(taken.getLocalPort()), "MARKETPLACE_SEED", "demo"));

            assertThatThrownBy(() -> Main.start(config)).isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + taken.getLocalPort()).hasMessageContaining("is taken")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("nothing opened, nothing loaded").isEmpty();
        }
    }

    @Test
    void anEmbeddedDatabaseHeldByAnotherProcessIsOneLineBeforeAnySeeding() throws Exception {
        String url = AppConfig.embeddedDatabaseUrl(dataDir);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DatabaseHolder.class.getName(), url).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).as("the other process holds the database").isEqualTo("holding");
            AppConfig config = AppConfig.fromEnvironment(env("MARKETPLACE_SEED", "demo"));

            assertThatThrownBy(() -> Main.start(config)).isInstanceOf(StartupException.class)
                    .hasMessageContaining("is locked by another process")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingItWithoutItsPassword() {
        AppConfig config = AppConfig.fromEnvironment(env("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/market?ssl=false",
                "DATABASE_USER", "market", "DATABASE_PASSWORD", "s3cret-password"));

        assertThatThrownBy(() -> Main.start(config)).isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:1/market: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("s3cret"));
    }

    /**
     * A node restarted behind a load balancer that only notices failures (nginx's passive health checks) gets shoppers as
     * soon as it serves: the starting page keeps the port until its search index is rebuilt from the database. On
     * PostgreSQL, where a lock on the product table holds the rebuild's read for as long as the test wants.
     */
    @Test
    void theStartingPageKeepsThePortUntilTheSearchIndexIsRebuilt() throws Exception {
        try (TestDatabase postgres = TestDatabase.postgres(PostgresSettings.fromEnvironmentOrSkip())) {
            Map<String, String> database = Map.of("DATABASE_URL", postgres.jdbcUrl(), "DATABASE_USER", postgres.user(),
                    "DATABASE_PASSWORD", postgres.password());
            Map<String, String> settings = new HashMap<>(env());
            settings.putAll(database);
            Main.start(AppConfig.fromEnvironment(settings)).close();   // the schema, migrated by a first start
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            settings.put("PORT", Integer.toString(port));
            Logger logger = (Logger) LoggerFactory.getLogger(Main.class);
            Level level = logger.getLevel();
            logger.setLevel(Level.INFO);   // the line saying the start waits for the index
            ListAppender<ILoggingEvent> logged = new ListAppender<>();
            logged.start();
            logger.addAppender(logged);
            CompletableFuture<Main.Running> starting = null;
            try {
                try (Connection holder = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password())) {
                    holder.setAutoCommit(false);
                    holder.createStatement().execute("LOCK TABLE product IN ACCESS EXCLUSIVE MODE");
                    starting = CompletableFuture.supplyAsync(() -> Main.start(AppConfig.fromEnvironment(settings)));
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (logged.list.stream().noneMatch(event -> event.getFormattedMessage().startsWith("Waiting for the search index"))) {
                        assertThat(starting).as("the start, while the search index cannot be rebuilt").isNotDone();
                        assertThat(System.nanoTime()).as("waiting for the search index within 60 s").isLessThan(deadline);
                        Thread.sleep(20);
                    }
                    HttpResponse<String> health = send("GET", port, "/health");
                    assertThat(health.statusCode()).isEqualTo(503);
                    assertThat(health.body()).as("the starting page, not the site").contains("Le marché démarre");
                    assertThat(starting).isNotDone();
                    holder.rollback();
                }
                finally {
                    logger.detachAppender(logged);
                    logger.setLevel(level);
                }
                starting.get(60, TimeUnit.SECONDS);
                HttpResponse<String> health = send("GET", port, "/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            }
            finally {
                if (starting != null) {
                    starting.thenAccept(Main.Running::close);   // at once when started, else once the start ends
                }
            }
        }
    }

    @Test
    void theSecondShippedTerritoryStartsAsMainDoesWithItsDemoAndItsOwnWordsForTheSearch() throws Exception {
        AppConfig config = AppConfig.fromEnvironment(env("TERRITORY", "territories/presqu-ile-de-crozon", "MARKETPLACE_SEED", "demo"));
        String siteName = new io.comptoir.app.territory.TerritoryReader().read(config.territory()).branding().texts()
                .get(io.comptoir.app.web.Language.FR).get("site.name");
        try (Main.Running running = Main.start(config)) {
            int port = running.app().port();
            assertThat(send("GET", port, "/").body()).contains("<title>Accueil · " + siteName + "</title>").doesNotContain("Saint-Omer");
            // "chistr" is cider in Breton: found only through the territory's synonyms.txt given to the search index
            String found = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && !found.contains("Cidre brut")) {
                found = send("GET", port, "/api/v1/products?q=chistr").body();
                Thread.sleep(100);
            }
            assertThat(found).contains("Cidre brut");
        }
    }

    /** Another process with the embedded database open, as a second marketplace on the same DATA_DIR would have it. */
    public static final class DatabaseHolder {
        public static void main(String[] args) throws Exception {
            try (var connection = java.sql.DriverManager.getConnection(args[0], "sa", "")) {
                connection.createStatement().execute("CREATE TABLE IF NOT EXISTS held (id INT)");
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
