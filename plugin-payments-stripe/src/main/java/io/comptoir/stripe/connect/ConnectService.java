package io.comptoir.stripe.connect;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.stripe.api.ConnectedAccount;
import io.comptoir.stripe.api.StripeConnect;
import io.comptoir.stripe.gateway.AccountState;
import io.comptoir.stripe.gateway.StripeFailure;
import io.comptoir.stripe.gateway.StripeGateway;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link StripeConnect}: the accounts in {@code stripe_account}, created and read through the gateway when configured. */
public final class ConnectService implements StripeConnect {
    private static final int MAX_REQUIREMENTS = 2000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Optional<StripeGateway> gateway;
    private final MerchantDirectory merchants;
    private final String country;
    private final List<String> pageOrigins;

    public ConnectService(Jdbi jdbi, Clock clock, Optional<StripeGateway> gateway, MerchantDirectory merchants, String country,
                          List<String> pageOrigins) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.gateway = requireNonNull(gateway, "gateway is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.country = requireNonNull(country, "country is null");
        this.pageOrigins = gateway.isPresent() ? List.copyOf(requireNonNull(pageOrigins, "pageOrigins is null")) : List.of();
    }

    @Override
    public List<String> pageOrigins() {
        return pageOrigins;
    }

    @Override
    public boolean enabled() {
        return gateway.isPresent();
    }

    @Override
    public Optional<ConnectedAccount> account(MerchantId merchant) {
        requireNonNull(merchant, "merchant is null");
        return jdbi.withExtension(AccountDao.class, dao -> dao.byMerchant(merchant.value())).map(AccountRow::toAccount);
    }

    /** The Stripe id of the shop's account, whatever its state. */
    public Optional<String> accountId(MerchantId merchant) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.byMerchant(merchant.value())).map(AccountRow::accountId);
    }

    @Override
    public String onboardingLink(MerchantId merchant, String returnUrl, String refreshUrl) {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(returnUrl, "returnUrl is null");
        requireNonNull(refreshUrl, "refreshUrl is null");
        StripeGateway stripe = gateway.orElseThrow(ConnectService::notConfigured);
        try {
            String accountId = accountId(merchant).orElseGet(() -> create(stripe, merchants.require(merchant)));
            return stripe.onboardingLink(accountId, refreshUrl, returnUrl);
        }
        catch (StripeFailure e) {
            throw unavailable(e);
        }
    }

    private String create(StripeGateway stripe, Merchant merchant) {
        Optional<String> email = Optional.of(merchant.contact().email()).filter(text -> !text.isBlank());
        // Stripe answers the same account to every request with this key (two clicks make one account); the key changes
        // with what is sent, so that a request Stripe refused can be made again once the shop's details are corrected.
        String fingerprint = Integer.toHexString(List.of(country, email.orElse(""), merchant.name()).hashCode());
        AccountState created = stripe.createAccount(country, email, merchant.name(), Map.of("comptoir_merchant", merchant.id().toString()),
                "account-" + merchant.id() + "-" + fingerprint);
        try {
            jdbi.useExtension(AccountDao.class, dao -> dao.insert(merchant.id().value(), created.id(), created.detailsSubmitted(),
                    created.chargesEnabled(), created.payoutsEnabled(), created.transfers(), requirements(created),
                    created.disabledReason().orElse(null), clock.instant()));
        }
        catch (RuntimeException e) {
            if (!SqlErrors.isUniqueViolation(e)) {
                throw e;
            }
        }
        return created.id();
    }

    @Override
    public Optional<ConnectedAccount> refresh(MerchantId merchant) {
        requireNonNull(merchant, "merchant is null");
        StripeGateway stripe = gateway.orElseThrow(ConnectService::notConfigured);
        Optional<String> accountId = accountId(merchant);
        try {
            accountId.ifPresent(id -> store(stripe.retrieveAccount(id)));
        }
        catch (StripeFailure e) {
            throw unavailable(e);
        }
        return account(merchant);
    }

    /** Stores the account's state as Stripe has it now (an {@code account.updated} event only says that it changed). */
    public void updated(String accountId) {
        requireNonNull(accountId, "accountId is null");
        StripeGateway stripe = gateway.orElseThrow(ConnectService::notConfigured);
        if (jdbi.withExtension(AccountDao.class, dao -> dao.byAccount(accountId)).isPresent()) {
            store(stripe.retrieveAccount(accountId));
        }
    }

    private void store(AccountState state) {
        jdbi.useExtension(AccountDao.class, dao -> dao.update(state.id(), state.detailsSubmitted(), state.chargesEnabled(),
                state.payoutsEnabled(), state.transfers(), requirements(state), state.disabledReason().orElse(null), clock.instant()));
    }

    private static String requirements(AccountState state) {
        String joined = String.join(",", state.currentlyDue());
        return joined.length() <= MAX_REQUIREMENTS ? joined : joined.substring(0, joined.lastIndexOf(',', MAX_REQUIREMENTS));
    }

    /** Stripe refused or could not be reached: the shop is told, and may try again. */
    private static ConflictException unavailable(StripeFailure failure) {
        return new ConflictException("stripe_unavailable", "Stripe did not answer the request: " + failure.getMessage());
    }

    private static ConflictException notConfigured() {
        return new ConflictException("stripe_not_configured", "card payments through Stripe are not configured on this marketplace");
    }
}
