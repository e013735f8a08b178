package io.comptoir.stripe;

import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.plugin.kit.Jdbis;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.api.StripeReports;
import io.comptoir.stripe.checkout.CardPayments;
import io.comptoir.stripe.checkout.SessionOutcomes;
import io.comptoir.stripe.connect.ConnectService;
import io.comptoir.stripe.gateway.StripeGateway;
import io.comptoir.stripe.report.ReportService;
import io.comptoir.stripe.support.InstallKey;
import io.comptoir.stripe.transfer.FulfilmentListener;
import io.comptoir.stripe.transfer.Transfers;
import io.comptoir.stripe.webhook.StripeWebhooks;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * Card payments for a marketplace through Stripe Connect, with separate charges and transfers: the shopper pays once on a
 * Stripe Checkout page, each shop's share is captured once the shops decided and transferred to the shop's Express
 * account when its order is collected or delivered, less the territory's commission. Configured by the engine properties
 * {@code stripe.*} ({@link StripeSettings}); without a secret key and a webhook secret the {@code stripe} payment method
 * is not offered. Its services: {@link StripeConnect} (the shops' accounts) and {@link StripeReports}.
 */
public final class StripePlugin implements EnginePlugin {
    public static final String ID = "stripe";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> engineApiVersions() {
        return Optional.of(EngineApi.compatibleWith(EngineApi.VERSION));
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:io/comptoir/stripe/db/migration");
    }

    @Override
    public void initialize(PluginContext context) {
        StripeSettings settings = StripeSettings.from(context);
        Jdbi jdbi = Jdbis.create(context.dataSource());
        MerchantDirectory merchants = context.service(MerchantDirectory.class);
        context.registerService(StripeReports.class, new ReportService(jdbi, merchants, new MarketCalendar(context.zone())));
        if (!settings.configured()) {
            context.registerService(StripeConnect.class, new ConnectService(jdbi, context.clock(), Optional.empty(), merchants,
                    settings.accountCountry(), List.of()));
            return;
        }
        StripeGateway gateway = new StripeGateway(StripeGateway.client(settings.secretKey().orElseThrow(), settings.apiBase()),
                InstallKey.prefix(jdbi));
        ConnectService accounts = new ConnectService(jdbi, context.clock(), Optional.of(gateway), merchants, settings.accountCountry(),
                settings.pageOrigins());
        Transfers transfers = new Transfers(jdbi, context.clock(), gateway, accounts);
        String returnUrl = settings.returnUrl().orElseThrow();
        CardPayments payments = new CardPayments(jdbi, context.clock(), gateway, accounts, merchants, transfers, settings.commission(),
                settings.sessionLifetime(), settings.captureMargin(), returnUrl, settings.cancelUrl().orElse(returnUrl));
        SessionOutcomes sessions = new SessionOutcomes(jdbi, context.clock(), gateway);
        StripeWebhooks webhooks = new StripeWebhooks(jdbi, context.clock(), settings.webhookSecrets(), settings.webhookTolerance(), sessions,
                accounts);

        context.registerService(StripeConnect.class, accounts);
        context.registerPaymentProvider(new StripeCardProvider(payments, sessions, webhooks, accounts));
        context.registerEventListener(FulfilmentListener.SUBSCRIPTION, new FulfilmentListener(transfers));
        context.scheduleJob("stripe.settlement", settings.jobInterval(), () -> {
            payments.settleDue();
            transfers.reconcileDue();
        });
    }
}
