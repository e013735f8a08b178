package io.comptoir.app;

import io.comptoir.app.feature.WebFeature;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class AppConfigTest {

    @Test
    void withoutAnyVariableTheMarketplaceRunsOnAnEmbeddedDatabaseWithTheDemo() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.databaseUrl())
                .isEqualTo("jdbc:h2:file:./data/marketplace;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        assertThat(config.seed()).isEqualTo(AppConfig.SeedMode.DEMO);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.assetDirectory()).isEqualTo(Path.of("./data/assets"));
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.secureCookies()).isFalse();
    }

    @Test
    void aServerDatabaseIsNotSeededUnlessAsked() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/market", "DATABASE_USER", "market",
                "DATABASE_PASSWORD", "secret", "PORT", "8080", "DATA_DIR", "/var/lib/comptoir",
                "PUBLIC_URL", "https://achetezenpaysdesaintomer.fr/");
        AppConfig config = AppConfig.fromEnvironment(env);

        assertThat(config.seed()).isEqualTo(AppConfig.SeedMode.NONE);
        assertThat(config.databaseUser()).isEqualTo("market");
        assertThat(config.databasePassword()).isEqualTo("secret");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.assetDirectory()).isEqualTo(Path.of("/var/lib/comptoir/assets"));
        assertThat(config.publicUrl()).isEqualTo(Optional.of(URI.create("https://achetezenpaysdesaintomer.fr")));
        assertThat(config.secureCookies()).isTrue();
        assertThat(AppConfig.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db/m", "MARKETPLACE_SEED", "demo")).seed())
                .isEqualTo(AppConfig.SeedMode.DEMO);
        assertThat(AppConfig.fromEnvironment(Map.of("MARKETPLACE_SEED", "NONE")).seed()).isEqualTo(AppConfig.SeedMode.NONE);
    }

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectory() {
        assertThat(AppConfig.fromEnvironment(Map.of("DATA_DIR", "/srv/market")).databaseUrl()).startsWith("jdbc:h2:file:/srv/market/marketplace;");
        assertThat(AppConfig.fromEnvironment(Map.of("DATA_DIR", "donnees")).databaseUrl()).startsWith("jdbc:h2:file:./donnees/marketplace;");
    }

    @Test
    void everyWrongVariableIsReportedAtOnceWithWhatWasExpected() {
        Map<String, String> env = Map.of("PORT", "http", "DATABASE_URL", "postgres://db/market", "MARKETPLACE_SEED", "all",
                "PUBLIC_URL", "marche.example.fr");

        assertThatThrownBy(() -> AppConfig.fromEnvironment(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PORT must be a number between 0 and 65535, got 'http'")
                .hasMessageContaining("DATABASE_URL must be a JDBC URL")
                .hasMessageContaining("MARKETPLACE_SEED must be 'demo' or 'none', got 'all'")
                .hasMessageContaining("PUBLIC_URL must be an absolute http(s) address");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr/?x=1")))
                .hasMessageContaining("PUBLIC_URL");
    }

    @Test
    void theRetentionPeriodOfPersonalDataIsTheEnginesTenYearsUnlessSetAndNeverShorterThanSix() {
        assertThat(AppConfig.fromEnvironment(Map.of()).engineProperties()).doesNotContainKey("privacy.retention-years");
        assertThat(AppConfig.fromEnvironment(Map.of("PERSONAL_DATA_RETENTION_YEARS", "12")).engineProperties())
                .containsEntry("privacy.retention-years", "12");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PERSONAL_DATA_RETENTION_YEARS", "2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("PERSONAL_DATA_RETENTION_YEARS must be a number of years between 6 and 30, got '2'");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PERSONAL_DATA_RETENTION_YEARS", "dix")))
                .hasMessageContaining("PERSONAL_DATA_RETENTION_YEARS");
    }

    @Test
    void trustedProxiesAreAListOfAddresses() {
        assertThat(AppConfig.fromEnvironment(Map.of()).trustedProxies()).isEmpty();
        assertThat(AppConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.2,::1")).trustedProxies())
                .containsExactlyInAnyOrder("127.0.0.1", "10.0.0.2", "::1");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "proxy.example")))
                .hasMessageContaining("TRUSTED_PROXIES must list IP addresses");
    }

    /** Each feature's test checks its own links (e.g. the vouchers' wallet in their mails). */
    @Test
    void pluginMailsLinkToThePublicAddressOrElseToTheLocalPort() {
        AppConfig published = AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr/", "MARKETPLACE_SEED", "none"));
        assertThat(published.siteAddress()).isEqualTo("https://marche.example.fr");
        assertThat(AppConfig.fromEnvironment(Map.of("PORT", "8080")).siteAddress()).isEqualTo("http://localhost:8080");
        for (WebFeature feature : Features.all()) {
            assertThat(published.engineProperties()).containsAllEntriesOf(feature.engineProperties("https://marche.example.fr"));
        }
    }

    @Test
    void theSandboxCardPostsItsWebhooksToTheAppsOwnPortUnlessToldOtherwise() {
        assertThat(AppConfig.fromEnvironment(Map.of()).engineProperties())
                .containsEntry("sandbox-card.webhook-url", "http://127.0.0.1:7070/api/v1/payments/sandbox-card/webhook");
        AppConfig configured = AppConfig.fromEnvironment(Map.of("PORT", "8080", "SANDBOX_CARD_SECRET", "s".repeat(40),
                "SANDBOX_CARD_WEBHOOK_URL", "https://marche.example.fr/api/v1/payments/sandbox-card/webhook"));
        assertThat(configured.engineProperties()).contains(
                Map.entry("sandbox-card.webhook-url", "https://marche.example.fr/api/v1/payments/sandbox-card/webhook"),
                Map.entry("sandbox-card.secret", "s".repeat(40)));
        assertThat(AppConfig.fromEnvironment(Map.of("PORT", "0")).engineProperties()).as("port 0: in process")
                .doesNotContainKey("sandbox-card.webhook-url");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SANDBOX_CARD_SECRET", "court", "SANDBOX_CARD_WEBHOOK_URL", "ftp://x")))
                .hasMessageContaining("SANDBOX_CARD_SECRET must have at least 32 characters")
                .hasMessageContaining("SANDBOX_CARD_WEBHOOK_URL must be an absolute http(s) address");
    }

    @Test
    void theSandboxCardsAnswerDelayIsConfigurableWithinBounds() {
        assertThat(AppConfig.fromEnvironment(Map.of()).engineProperties()).doesNotContainKey("sandbox-card.webhook-delay-ms");
        assertThat(AppConfig.fromEnvironment(Map.of("SANDBOX_CARD_DELAY_MS", "0")).engineProperties())
                .containsEntry("sandbox-card.webhook-delay-ms", "0");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SANDBOX_CARD_DELAY_MS", "-1")))
                .hasMessageContaining("SANDBOX_CARD_DELAY_MS must be a number of milliseconds between 0 and 60000, got '-1'");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SANDBOX_CARD_DELAY_MS", "soon")))
                .hasMessageContaining("SANDBOX_CARD_DELAY_MS");
    }

    @Test
    void theNumberOfRequestThreadsIsConfigurableWithinBounds() {
        assertThat(AppConfig.fromEnvironment(Map.of()).httpThreads()).isEqualTo(MarketplaceApp.DEFAULT_HTTP_THREADS);
        assertThat(AppConfig.fromEnvironment(Map.of("HTTP_THREADS", "48")).httpThreads()).isEqualTo(48);
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("HTTP_THREADS", "4")))
                .hasMessageContaining("HTTP_THREADS must be a number between 8 and 1000, got '4'");
    }

    @Test
    void aTerritoryLeavesOutThePluginFeaturesItDoesNotRunAndOnlyThose() {
        List<String> optional = Features.optional();
        assertThat(AppConfig.fromEnvironment(Map.of()).disabledFeatures()).isEmpty();
        String listed = optional.stream().map(name -> " " + name.toUpperCase(Locale.ROOT)).collect(Collectors.joining(",")) + ",";
        assertThat(AppConfig.fromEnvironment(Map.of("DISABLED_FEATURES", listed)).disabledFeatures()).containsExactlyInAnyOrderElementsOf(optional);
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("DISABLED_FEATURES", "shopping, fidelite")))
                .hasMessageContaining("DISABLED_FEATURES names features that may be left out, among " + String.join(", ", optional)
                        + ", got 'shopping'")
                .hasMessageContaining("got 'fidelite'");
    }

    @Test
    void stripeIsConfiguredByItsKeysAndEachWrongVariableIsOneLine() {
        assertThat(AppConfig.fromEnvironment(Map.of()).stripe()).isEmpty();
        AppConfig configured = AppConfig.fromEnvironment(Map.of("STRIPE_SECRET_KEY", "sk_test_51Abc", "STRIPE_WEBHOOK_SECRET",
                "whsec_platform, whsec_connect", "STRIPE_COMMISSION_PERCENT", "2.5", "STRIPE_API_BASE", "http://127.0.0.1:12111/"));
        assertThat(configured.engineProperties()).containsEntry("stripe.secret-key", "sk_test_51Abc")
                .containsEntry("stripe.webhook-secret", "whsec_platform, whsec_connect").containsEntry("stripe.commission-percent", "2.5")
                .containsEntry("stripe.api-base", "http://127.0.0.1:12111");
        assertThat(AppConfig.fromEnvironment(Map.of("STRIPE_SECRET_KEY", "sk_live_1", "STRIPE_WEBHOOK_SECRET", "whsec_1")).engineProperties())
                .containsEntry("stripe.commission-percent", "0").doesNotContainKey("stripe.api-base");

        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("STRIPE_SECRET_KEY", "pk_test_123", "STRIPE_WEBHOOK_SECRET", "secret",
                "STRIPE_COMMISSION_PERCENT", "2.555", "STRIPE_API_BASE", "stripe.test")))
                .hasMessageContaining("STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_…, sk_live_… or a restricted rk_…), got 'pk_test_…'")
                .hasMessageContaining("STRIPE_WEBHOOK_SECRET must be the webhook endpoints' signing secrets (whsec_…)")
                .hasMessageContaining("STRIPE_COMMISSION_PERCENT must be a percentage from 0 to 100 with at most two decimals")
                .hasMessageContaining("STRIPE_API_BASE must be an absolute http(s) address");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("STRIPE_SECRET_KEY", "sk_test_1")))
                .hasMessageContaining("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("STRIPE_COMMISSION_PERCENT", "101")))
                .hasMessageContaining("STRIPE_COMMISSION_PERCENT must be a percentage")
                .hasMessageContaining("need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void theDemoListensOnTheLoopbackUnlessBindAddressSaysOtherwiseAndTheLogSaysWhy() {
        AppConfig demo = AppConfig.fromEnvironment(Map.of());
        assertThat(demo.bindAddress()).contains("127.0.0.1");
        assertThat(demo.bindReason()).contains("127.0.0.1 only", "published passwords", "BIND_ADDRESS");
        assertThat(AppConfig.fromEnvironment(Map.of("BIND_ADDRESS", "0.0.0.0")).bindAddress()).contains("0.0.0.0");
        AppConfig production = AppConfig.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://db/m"));
        assertThat(production.bindAddress()).isEmpty();
        assertThat(production.bindReason()).isEqualTo("listening on every interface");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("BIND_ADDRESS", "127.0.0.1; rm"))).hasMessageContaining("BIND_ADDRESS");
    }

    @Test
    void theSandboxCardIsOfferedWithTheDemoDataOrWhenListed() {
        assertThat(AppConfig.fromEnvironment(Map.of()).paymentMethods()).containsExactly("sandbox-card", "pay-at-pickup", "vouchers");
        assertThat(AppConfig.fromEnvironment(Map.of("MARKETPLACE_SEED", "none")).paymentMethods()).containsExactly("pay-at-pickup", "vouchers");
        assertThat(AppConfig.fromEnvironment(Map.of("MARKETPLACE_SEED", "none", "DISABLED_FEATURES", "vouchers")).paymentMethods())
                .containsExactly("pay-at-pickup");
        assertThat(AppConfig.fromEnvironment(Map.of("MARKETPLACE_SEED", "none", "PAYMENT_METHODS", " Sandbox-Card ,vouchers")).paymentMethods())
                .containsExactly("sandbox-card", "vouchers");
        assertThat(AppConfig.fromEnvironment(Map.of("PAYMENT_METHODS", "pay-at-pickup,vouchers")).offersSandboxCard()).isFalse();
    }

    @Test
    void anHttpsSiteOfferingTheSandboxCardRefusesToStartUnlessDemoPaymentsAreAllowed() {
        Map<String, String> env = Map.of("PUBLIC_URL", "https://marche.example.fr", "MARKETPLACE_SEED", "none",
                "PAYMENT_METHODS", "sandbox-card,pay-at-pickup,vouchers");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sandbox-card").hasMessageContaining("ALLOW_DEMO_PAYMENTS=true")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr")))
                .as("the demo data offers the card by default").hasMessageContaining("ALLOW_DEMO_PAYMENTS");
        Map<String, String> allowed = new java.util.HashMap<>(env);
        allowed.put("ALLOW_DEMO_PAYMENTS", "true");
        assertThat(AppConfig.fromEnvironment(allowed).offersSandboxCard()).isTrue();
        assertThat(AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "http://localhost:7070")).offersSandboxCard()).isTrue();
        assertThat(AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr", "PAYMENT_METHODS", "pay-at-pickup,vouchers"))
                .offersSandboxCard()).isFalse();
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("ALLOW_DEMO_PAYMENTS", "yes"))).hasMessageContaining("ALLOW_DEMO_PAYMENTS must be");
    }

    @Test
    void paymentMethodsNameKnownWaysAndVouchersFollowTheirFeature() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PAYMENT_METHODS", "pay-at-pickup,cheque,vouchers")))
                .hasMessageContaining("got 'cheque'");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PAYMENT_METHODS", " , ")))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PAYMENT_METHODS", "pay-at-pickup")))
                .hasMessageContaining("leaves vouchers out while the vouchers feature runs");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PAYMENT_METHODS", "pay-at-pickup,vouchers", "DISABLED_FEATURES", "vouchers")))
                .hasMessageContaining("lists vouchers while DISABLED_FEATURES");
    }
}
