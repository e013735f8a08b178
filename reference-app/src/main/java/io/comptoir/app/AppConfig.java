package io.comptoir.app;

import io.comptoir.app.territory.TerritoryReader;
import io.comptoir.engine.api.privacy.PersonalDataRights;
import io.comptoir.mail.smtp.SmtpSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * How the marketplace runs, read from environment variables.
 *
 * <ul>
 *   <li>{@code PORT}: HTTP port, default 7070;</li>
 *   <li>{@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}: the JDBC database, by default an
 *       embedded H2 file database in {@code DATA_DIR}, each commit written to its file before it returns;</li>
 *   <li>{@code MARKETPLACE_SEED}: {@code demo} loads the territory's demo data into a database without shops, {@code none} does not;
 *       default {@code demo} on the embedded database, {@code none} otherwise;</li>
 *   <li>{@code DATA_DIR}: where the embedded database and the uploaded pictures live, default {@code ./data};</li>
 *   <li>{@code PUBLIC_URL}: the address shoppers use (e.g. {@code https://achetezenpaysdesaintomer.fr}), for absolute
 *       links, secure cookies and the links of password reset mails; optional, but set it in production: without it,
 *       reset links are built from the request's Host header;</li>
 *   <li>{@code SANDBOX_CARD_SECRET}: the secret the demo card processor signs its webhooks with, the same on every node
 *       of the marketplace; optional (a random one per start otherwise, which suits one node);</li>
 *   <li>{@code SANDBOX_CARD_WEBHOOK_URL}: where the demo card processor posts its signed webhooks; default
 *       {@code http://127.0.0.1:<PORT>/api/v1/payments/sandbox-card/webhook}, so that the demo goes through the same HTTP
 *       webhook path as a real processor (set e.g. {@code <PUBLIC_URL>/api/v1/payments/sandbox-card/webhook} to go through
 *       the public address instead). With {@code PORT=0} and no URL, webhooks are handed over in process.</li>
 *   <li>{@code SANDBOX_CARD_DELAY_MS}: how long the demo card processor takes to answer an authorisation, 0 to 60000,
 *       default 200; the checkout benchmark sets 0, so that it measures the marketplace, not the simulated bank's wait.</li>
 *   <li>{@code TRUSTED_PROXIES}: the addresses of the reverse proxies in front of the app, separated by commas; for
 *       requests they forward, the client's address is read from {@code X-Forwarded-For} (throttles count per client,
 *       not per proxy). Empty by default: the header is ignored.</li>
 *   <li>{@code HTTP_THREADS}: the size of the request thread pool (Jetty's acceptor and selectors included), 8 to
 *       1000, default 12 (suits 2 cores and the 16-connection database pool; the other requests wait in line, which
 *       keeps latency even under load).</li>
 *   <li>{@code DISABLED_FEATURES}: features the territory leaves out, separated by commas, among
 *       {@link Features#optional()} (e.g. {@code vouchers} for a territory without a voucher programme): neither their
 *       pages, API and navigation nor their plugin run. Empty by default: every feature runs.</li>
 *   <li>{@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET}, {@code STRIPE_COMMISSION_PERCENT}, {@code STRIPE_API_BASE}:
 *       card payments through Stripe Connect, see {@link StripeConfig}; not offered when unset.</li>
 *   <li>{@code SMTP_HOST}: the SMTP server mails leave through, e.g. {@code smtp.example.org}. Without it mails are only
 *       kept in the database's outbox (the admin's "Courriels" page shows them) and nothing leaves the machine;</li>
 *   <li>{@code SMTP_PORT}: its port, default 587 for {@code starttls}, 465 for {@code tls}, 25 for {@code none};</li>
 *   <li>{@code SMTP_SECURITY}: {@code starttls} (default), {@code tls} (implicit TLS) or {@code none} (a relay on this
 *       machine or a private network; refused with a password unless the host is local);</li>
 *   <li>{@code SMTP_USERNAME}, {@code SMTP_PASSWORD}: the account to authenticate with, both or neither;</li>
 *   <li>{@code MAIL_FROM}: the sender of every mail, required with {@code SMTP_HOST}, e.g.
 *       {@code Achetez en Pays de Saint-Omer <ne-pas-repondre@example.fr>};</li>
 *   <li>{@code BIND_ADDRESS}: the interface to listen on; default every interface, but {@code 127.0.0.1} with the demo
 *       data, whose passwords are published (see {@link #bindReason()}).</li>
 *   <li>{@code PAYMENT_METHODS}: the ways to pay the checkout offers, separated by commas, among {@link #PAYMENT_METHOD_NAMES}:
 *       {@code pay-at-pickup}, {@code sandbox-card} (the simulated card processor) and {@code vouchers} (the vouchers
 *       feature's, listed exactly when that feature runs). Default {@code pay-at-pickup} and {@code vouchers}, plus
 *       {@code sandbox-card} with the demo data.</li>
 *   <li>{@code ALLOW_DEMO_PAYMENTS}: {@code true} lets a site with an {@code https} {@code PUBLIC_URL} offer
 *       {@code sandbox-card} (a public demonstration); without it such a start is refused, so that no real site takes
 *       simulated card payments.</li>
 *   <li>{@code TERRITORY}: the territory's folder (its identity, communes, categories, look, legal pages, demo data), a
 *       directory, or one of the territories shipped in the jar; default {@code territories/pays-de-saint-omer}.</li>
 *   <li>{@code PERSONAL_DATA_RETENTION_YEARS}: how long orders, payments and voucher ledger entries keep the shoppers'
 *       personal data, in years, from {@link PersonalDataRights#MIN_RETENTION_YEARS} to
 *       {@link PersonalDataRights#MAX_RETENTION_YEARS}; default {@link PersonalDataRights#DEFAULT_RETENTION_YEARS}, the
 *       French accounting rule. Past it the marketplace replaces that data by itself; the privacy page says the period.</li>
 * </ul>
 */
public record AppConfig(
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        SeedMode seed,
        Path dataDir,
        Optional<URI> publicUrl,
        Optional<String> sandboxCardSecret,
        Optional<URI> sandboxCardWebhookUrl,
        OptionalInt sandboxCardDelayMs,
        Set<String> trustedProxies,
        int httpThreads,
        Set<String> disabledFeatures,
        Optional<StripeConfig> stripe, Optional<SmtpSettings> smtp,

        Optional<String> bindAddress,
        List<String> paymentMethods,
        boolean allowDemoPayments,
        String territory,
        OptionalInt retentionYears) {

    public static final int DEFAULT_PORT = 7070;
    /** Where the sandbox card processor's webhooks are received, under the app's address. */
    public static final String SANDBOX_WEBHOOK_PATH = "/api/v1/payments/sandbox-card/webhook";
    /**
     * The engine's SQL dialect, and durable commits: {@code WRITE_DELAY=0} makes H2 write each commit to its file before the
     * commit returns (its default writes it up to 500 ms later, so a killed process lost orders it had answered as placed).
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    public static final String PAY_AT_PICKUP = "pay-at-pickup";
    public static final String SANDBOX_CARD = "sandbox-card";
    public static final String VOUCHERS = "vouchers";
    /** The names {@code PAYMENT_METHODS} accepts. */
    public static final List<String> PAYMENT_METHOD_NAMES = List.of(PAY_AT_PICKUP, SANDBOX_CARD, VOUCHERS);
    /** Where the demo listens unless {@code BIND_ADDRESS} says otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Whether to load demo data into an empty database at start-up. */
    public enum SeedMode { DEMO, NONE }

    public AppConfig {
        requireNonNull(databaseUrl, "databaseUrl is null");
        trustedProxies = Set.copyOf(requireNonNull(trustedProxies, "trustedProxies is null"));
        disabledFeatures = Set.copyOf(requireNonNull(disabledFeatures, "disabledFeatures is null"));
        requireNonNull(territory, "territory is null");
        requireNonNull(databaseUser, "databaseUser is null");
        requireNonNull(databasePassword, "databasePassword is null");
        requireNonNull(seed, "seed is null");
        requireNonNull(dataDir, "dataDir is null");
        requireNonNull(publicUrl, "publicUrl is null");
        requireNonNull(sandboxCardSecret, "sandboxCardSecret is null");
        requireNonNull(sandboxCardWebhookUrl, "sandboxCardWebhookUrl is null");
        requireNonNull(sandboxCardDelayMs, "sandboxCardDelayMs is null");
        requireNonNull(stripe, "stripe is null");
        requireNonNull(smtp, "smtp is null");
        requireNonNull(bindAddress, "bindAddress is null");
        paymentMethods = List.copyOf(requireNonNull(paymentMethods, "paymentMethods is null"));
        requireNonNull(retentionYears, "retentionYears is null");
    }

    /** Why the app listens where it does, for the start-up log. */
    public String bindReason() {
        if (seed == SeedMode.DEMO && bindAddress.equals(Optional.of(LOOPBACK))) {
            return "listening on " + LOOPBACK + " only: the demo data's accounts have published passwords"
                    + " (set BIND_ADDRESS=0.0.0.0 to open it to the network anyway)";
        }
        return bindAddress.map(address -> "listening on " + address + " (BIND_ADDRESS)").orElse("listening on every interface");
    }

    /** Whether the simulated card processor is offered: when listed, and never beside real card payments (Stripe). */
    public boolean offersSandboxCard() {
        return paymentMethods.contains(SANDBOX_CARD) && stripe.isEmpty();
    }

    /** The engine's properties this configuration sets: the demo card processor's webhook address and secret. */
    public Map<String, String> engineProperties() {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        sandboxCardWebhookUrl.ifPresent(url -> properties.put("sandbox-card.webhook-url", url.toString()));
        sandboxCardSecret.ifPresent(secret -> properties.put("sandbox-card.secret", secret));
        sandboxCardDelayMs.ifPresent(delay -> properties.put("sandbox-card.webhook-delay-ms", Integer.toString(delay)));
        stripe.ifPresent(keys -> properties.putAll(keys.engineProperties()));
        retentionYears.ifPresent(years -> properties.put("privacy.retention-years", Integer.toString(years)));
        // what the running features' plugins need of the site, e.g. the pages their mails link to
        Features.allBut(disabledFeatures).forEach(feature -> properties.putAll(feature.engineProperties(siteAddress())));
        return properties;
    }

    /** The site's address for links in mails: the public address, else the local port. */
    public String siteAddress() {
        return publicUrl.map(url -> url.toString().replaceAll("/+$", "")).orElse("http://localhost:" + port);
    }

    /** The embedded database kept in the data directory. */
    public static String embeddedDatabaseUrl(Path dataDir) {
        String base = dataDir.toString().replace('\\', '/');
        String prefix = dataDir.isAbsolute() || base.startsWith(".") ? "" : "./";
        return "jdbc:h2:file:" + prefix + base + "/marketplace" + H2_OPTIONS;
    }

    public Path assetDirectory() {
        return dataDir.resolve("assets");
    }

    /** Whether cookies must be marked secure: the public address is HTTPS. */
    public boolean secureCookies() {
        return publicUrl.map(url -> "https".equals(url.getScheme())).orElse(false);
    }

    /**
     * Reads the configuration.
     *
     * @throws ConfigException naming every variable that is wrong and why
     */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = number(value(env, "PORT"), "PORT", "", 0, 65_535, problems).orElse(DEFAULT_PORT);
        Path dataDir = dataDir(value(env, "DATA_DIR"), problems);
        Optional<String> url = value(env, "DATABASE_URL");
        if (url.isPresent() && !url.get().startsWith("jdbc:")) {
            problems.add("DATABASE_URL must be a JDBC URL starting with 'jdbc:' (e.g. jdbc:postgresql://host:5432/market), got '"
                    + url.get() + "'");
        }
        String databaseUrl = url.orElseGet(() -> embeddedDatabaseUrl(dataDir));
        SeedMode seed = seed(value(env, "MARKETPLACE_SEED"), databaseUrl.startsWith("jdbc:h2:"), problems);
        Optional<URI> publicUrl = publicUrl(value(env, "PUBLIC_URL"), problems);
        Optional<String> sandboxSecret = value(env, "SANDBOX_CARD_SECRET");
        if (sandboxSecret.isPresent() && sandboxSecret.get().length() < 32) {
            problems.add("SANDBOX_CARD_SECRET must have at least 32 characters");
        }
        Optional<URI> webhookUrl = value(env, "SANDBOX_CARD_WEBHOOK_URL").isPresent()
                ? webhookUrl(value(env, "SANDBOX_CARD_WEBHOOK_URL").get(), problems)
                : port == 0 ? Optional.empty() : Optional.of(URI.create("http://127.0.0.1:" + port + SANDBOX_WEBHOOK_PATH));
        OptionalInt sandboxDelay = number(value(env, "SANDBOX_CARD_DELAY_MS"), "SANDBOX_CARD_DELAY_MS", " of milliseconds", 0, 60_000, problems);
        Set<String> trustedProxies = trustedProxies(value(env, "TRUSTED_PROXIES"), problems);
        int httpThreads = number(value(env, "HTTP_THREADS"), "HTTP_THREADS", "", 8, 1_000, problems).orElse(MarketplaceApp.DEFAULT_HTTP_THREADS);
        Set<String> disabledFeatures = disabledFeatures(value(env, "DISABLED_FEATURES"), problems);
        Optional<StripeConfig> stripe = StripeConfig.read(name -> value(env, name), problems);
        Optional<SmtpSettings> smtp = MailConfig.read(env, problems);
        Optional<String> bindAddress = value(env, "BIND_ADDRESS").or(() -> seed == SeedMode.DEMO ? Optional.of(LOOPBACK) : Optional.empty());
        bindAddress.filter(address -> !address.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}|[A-Za-z0-9.-]{1,253}"))
                .ifPresent(address -> problems.add("BIND_ADDRESS must be an IP address or a host name (e.g. 127.0.0.1 or 0.0.0.0), got '" + address + "'"));
        List<String> paymentMethods = paymentMethods(value(env, "PAYMENT_METHODS"), seed, !disabledFeatures.contains(VOUCHERS), problems);
        boolean allowDemoPayments = flag(value(env, "ALLOW_DEMO_PAYMENTS"), "ALLOW_DEMO_PAYMENTS", problems);
        if (paymentMethods.contains(SANDBOX_CARD) && publicUrl.filter(uri -> "https".equals(uri.getScheme())).isPresent() && !allowDemoPayments) {
            problems.add("sandbox-card, the simulated card processor, is offered on the https site " + publicUrl.get()
                    + ": remove it from PAYMENT_METHODS (e.g. PAYMENT_METHODS=pay-at-pickup,vouchers), or set ALLOW_DEMO_PAYMENTS=true for a public demonstration");
        }
        OptionalInt retentionYears = number(value(env, "PERSONAL_DATA_RETENTION_YEARS"), "PERSONAL_DATA_RETENTION_YEARS", " of years",
                PersonalDataRights.MIN_RETENTION_YEARS, PersonalDataRights.MAX_RETENTION_YEARS, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new AppConfig(port, databaseUrl, value(env, "DATABASE_USER").orElse(url.isPresent() ? "" : "sa"),
                value(env, "DATABASE_PASSWORD").orElse(""), seed, dataDir, publicUrl, sandboxSecret, webhookUrl, sandboxDelay, trustedProxies, httpThreads,
                disabledFeatures, stripe, smtp, bindAddress, paymentMethods, allowDemoPayments,
                value(env, "TERRITORY").orElse(TerritoryReader.DEFAULT), retentionYears);
    }

    /**
     * The payment methods listed, or the default. {@code vouchers} follows the vouchers feature, which registers that way
     * to pay: listing it without the feature, or leaving it out while the feature runs, is a contradiction reported as such.
     */
    private static List<String> paymentMethods(Optional<String> text, SeedMode seed, boolean vouchersRun, List<String> problems) {
        if (text.isEmpty()) {
            List<String> methods = new ArrayList<>();
            if (seed == SeedMode.DEMO) {
                methods.add(SANDBOX_CARD);
            }
            methods.add(PAY_AT_PICKUP);
            if (vouchersRun) {
                methods.add(VOUCHERS);
            }
            return methods;
        }
        Set<String> methods = new java.util.LinkedHashSet<>();
        for (String part : text.get().split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!PAYMENT_METHOD_NAMES.contains(name)) {
                problems.add("PAYMENT_METHODS lists ways to pay among " + String.join(", ", PAYMENT_METHOD_NAMES) + ", got '" + part.strip() + "'");
            }
            methods.add(name);
        }
        if (methods.isEmpty()) {
            problems.add("PAYMENT_METHODS must list at least one way to pay among " + String.join(", ", PAYMENT_METHOD_NAMES));
        }
        if (methods.contains(VOUCHERS) && !vouchersRun) {
            problems.add("PAYMENT_METHODS lists vouchers while DISABLED_FEATURES leaves the vouchers feature out");
        }
        if (!methods.contains(VOUCHERS) && vouchersRun) {
            problems.add("PAYMENT_METHODS leaves vouchers out while the vouchers feature runs: add vouchers, or set DISABLED_FEATURES=vouchers");
        }
        return List.copyOf(methods);
    }

    private static boolean flag(Optional<String> text, String name, List<String> problems) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(name + " must be 'true' or 'false', got '" + text.get() + "'");
                yield false;
            }
        };
    }

    private static Set<String> disabledFeatures(Optional<String> text, List<String> problems) {
        if (text.isEmpty()) {
            return Set.of();
        }
        List<String> optional = Features.optional();
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String part : text.get().split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!optional.contains(name)) {
                problems.add("DISABLED_FEATURES names features that may be left out, among " + String.join(", ", optional) + ", got '"
                        + part.strip() + "'");
            }
            names.add(name);
        }
        return names;
    }

    private static Set<String> trustedProxies(Optional<String> text, List<String> problems) {
        if (text.isEmpty()) {
            return Set.of();
        }
        Set<String> addresses = new java.util.LinkedHashSet<>();
        for (String part : text.get().split(",")) {
            String address = part.strip();
            if (!address.matches("[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}")) {
                problems.add("TRUSTED_PROXIES must list IP addresses separated by commas (e.g. 127.0.0.1,10.0.0.2), got '" + address + "'");
            }
            addresses.add(address);
        }
        return addresses;
    }

    /** A whole number from min to max; empty when absent, or when malformed (with the problem reported). */
    static OptionalInt number(Optional<String> text, String name, String unit, int min, int max, List<String> problems) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int number = Integer.parseInt(text.get());
            if (number >= min && number <= max) {
                return OptionalInt.of(number);
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a number" + unit + " between " + min + " and " + max + ", got '" + text.get() + "'");
        return OptionalInt.empty();
    }

    static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Path dataDir(Optional<String> text, List<String> problems) {
        try {
            return Path.of(text.orElse("./data"));
        }
        catch (InvalidPathException e) {
            problems.add("DATA_DIR is not a usable path: " + e.getMessage());
            return Path.of("./data");
        }
    }

    private static SeedMode seed(Optional<String> text, boolean embedded, List<String> problems) {
        if (text.isEmpty()) {
            return embedded ? SeedMode.DEMO : SeedMode.NONE;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "demo" -> SeedMode.DEMO;
            case "none" -> SeedMode.NONE;
            default -> {
                problems.add("MARKETPLACE_SEED must be 'demo' or 'none', got '" + text.get() + "'");
                yield SeedMode.NONE;
            }
        };
    }

    private static Optional<URI> webhookUrl(String text, List<String> problems) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        }
        catch (URISyntaxException e) {
            // reported below
        }
        problems.add("SANDBOX_CARD_WEBHOOK_URL must be an absolute http(s) address, got '" + text + "'");
        return Optional.empty();
    }

    private static Optional<URI> publicUrl(Optional<String> text, List<String> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get().replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        }
        catch (URISyntaxException e) {
            // reported below
        }
        problems.add("PUBLIC_URL must be an absolute http(s) address without query, e.g. https://marche.example.fr, got '"
                + text.get() + "'");
        return Optional.empty();
    }
}
