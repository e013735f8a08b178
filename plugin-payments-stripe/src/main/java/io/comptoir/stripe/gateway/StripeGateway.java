package io.comptoir.stripe.gateway;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionExpireParams;
import com.stripe.param.checkout.SessionRetrieveParams;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's only door to Stripe: the calls it makes through the official SDK, their answers reduced to what the plugin
 * needs, and their errors to {@link StripeFailure}. Every call that moves money or creates something carries an
 * idempotency key, prefixed with this installation's own prefix so that two databases sharing one Stripe account (a test
 * database recreated within Stripe's 24 hours of key memory) never collide.
 */
public final class StripeGateway {
    private final StripeClient client;
    private final String keyPrefix;

    public StripeGateway(StripeClient client, String keyPrefix) {
        this.client = requireNonNull(client, "client is null");
        this.keyPrefix = requireNonNull(keyPrefix, "keyPrefix is null");
    }

    /** A client of the Stripe API at {@code apiBase} (Stripe's own, or a test server speaking its protocol). */
    public static StripeClient client(String secretKey, String apiBase) {
        return StripeClient.builder().setApiKey(secretKey).setApiBase(apiBase).setConnectBase(apiBase).setFilesBase(apiBase)
                .setMaxNetworkRetries(2).setConnectTimeout(10_000).setReadTimeout(30_000).build();
    }

    public CheckoutSession createSession(SessionRequest request, String key) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .setClientReferenceId(request.reference())
                .setLocale(SessionCreateParams.Locale.AUTO)
                .putAllMetadata(request.metadata())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setCaptureMethod(SessionCreateParams.PaymentIntentData.CaptureMethod.MANUAL)
                        .setTransferGroup(request.transferGroup())
                        .setDescription(request.reference())
                        .putAllMetadata(request.metadata())
                        .build());
        for (SessionRequest.Line line : request.lines()) {
            params.addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                    .setPriceData(SessionCreateParams.LineItem.PriceData.builder().setCurrency(request.currency())
                            .setUnitAmount(line.amount())
                            .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(line.name()).build())
                            .build())
                    .build());
        }
        return call(() -> session(client.v1().checkout().sessions().create(params.build(), options(key))));
    }

    /** The session with its PaymentIntent and that intent's latest charge. */
    public CheckoutSession retrieveSession(String sessionId) {
        SessionRetrieveParams params = SessionRetrieveParams.builder().addExpand("payment_intent.latest_charge").build();
        return call(() -> session(client.v1().checkout().sessions().retrieve(sessionId, params, RequestOptions.getDefault())));
    }

    /** Closes an open session, so that nobody can pay on it any more. */
    public CheckoutSession expireSession(String sessionId, String key) {
        return call(() -> session(client.v1().checkout().sessions().expire(sessionId, SessionExpireParams.builder().build(), options(key))));
    }

    public Intent retrieveIntent(String intentId) {
        PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build();
        return call(() -> intent(client.v1().paymentIntents().retrieve(intentId, params, RequestOptions.getDefault())));
    }

    /** Captures {@code amount} of the hold (Stripe releases the rest) and reads Stripe's fee from the charge's balance transaction. */
    public Intent capture(String intentId, long amount, String key) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder().setAmountToCapture(amount)
                .addExpand("latest_charge.balance_transaction").build();
        return call(() -> intent(client.v1().paymentIntents().capture(intentId, params, options(key))));
    }

    /** Releases the whole hold. */
    public Intent cancel(String intentId, String key) {
        return call(() -> intent(client.v1().paymentIntents().cancel(intentId, PaymentIntentCancelParams.builder().build(), options(key))));
    }

    /** @return the refund's id */
    public String refund(String intentId, long amount, Map<String, String> metadata, String key) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amount)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).putAllMetadata(metadata).build();
        return call(() -> client.v1().refunds().create(params, options(key)).getId());
    }

    /** Pays a connected account from a charge: the transfer draws on that charge's funds, even before they are available. @return its id */
    public String transfer(long amount, String currency, String destination, String sourceCharge, String transferGroup,
                           Map<String, String> metadata, String key) {
        TransferCreateParams params = TransferCreateParams.builder().setAmount(amount).setCurrency(currency).setDestination(destination)
                .setSourceTransaction(sourceCharge).setTransferGroup(transferGroup).putAllMetadata(metadata).build();
        return call(() -> client.v1().transfers().create(params, options(key)).getId());
    }

    /** Takes back part of a transfer from the connected account. @return the reversal's id */
    public String reverse(String transferId, long amount, Map<String, String> metadata, String key) {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder().setAmount(amount).putAllMetadata(metadata).build();
        return call(() -> client.v1().transfers().reversals().create(transferId, params, options(key)).getId());
    }

    /** An Express account for a shop, able to receive transfers. */
    public AccountState createAccount(String country, Optional<String> email, String businessName, Map<String, String> metadata, String key) {
        AccountCreateParams.Builder params = AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS).setCountry(country)
                .setBusinessProfile(AccountCreateParams.BusinessProfile.builder().setName(businessName).build())
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                        .build())
                .putAllMetadata(metadata);
        email.ifPresent(params::setEmail);
        return call(() -> account(client.v1().accounts().create(params.build(), options(key))));
    }

    public AccountState retrieveAccount(String accountId) {
        return call(() -> account(client.v1().accounts().retrieve(accountId)));
    }

    /** A single-use link to Stripe's hosted onboarding of the account. */
    public String onboardingLink(String accountId, String refreshUrl, String returnUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(accountId).setRefreshUrl(refreshUrl)
                .setReturnUrl(returnUrl).setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).build();
        return call(() -> client.v1().accountLinks().create(params).getUrl());
    }

    private RequestOptions options(String key) {
        return RequestOptions.builder().setIdempotencyKey(keyPrefix + key).build();
    }

    private static CheckoutSession session(Session session) {
        Optional<Intent> intent = Optional.ofNullable(session.getPaymentIntentObject()).map(StripeGateway::intent);
        return new CheckoutSession(session.getId(), Optional.ofNullable(session.getUrl()).orElse(""), session.getStatus(), intent);
    }

    private static Intent intent(PaymentIntent intent) {
        Optional<Charge> charge = Optional.ofNullable(intent.getLatestChargeObject());
        Optional<Instant> captureBefore = charge.map(Charge::getPaymentMethodDetails).map(Charge.PaymentMethodDetails::getCard)
                .map(Charge.PaymentMethodDetails.Card::getCaptureBefore).map(Instant::ofEpochSecond);
        OptionalLong fee = charge.map(Charge::getBalanceTransactionObject).map(BalanceTransaction::getFee)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        Optional<String> failure = Optional.ofNullable(intent.getLastPaymentError()).map(StripeGateway::describe);
        return new Intent(intent.getId(), intent.getStatus(), zeroIfNull(intent.getAmount()), zeroIfNull(intent.getAmountCapturable()),
                zeroIfNull(intent.getAmountReceived()), Optional.ofNullable(intent.getLatestCharge()), captureBefore, failure, fee,
                intent.getMetadata() == null ? Map.of() : intent.getMetadata());
    }

    private static AccountState account(Account account) {
        String transfers = Optional.ofNullable(account.getCapabilities()).map(Account.Capabilities::getTransfers).orElse("none");
        List<String> due = Optional.ofNullable(account.getRequirements()).map(Account.Requirements::getCurrentlyDue).orElse(List.of());
        Optional<String> disabled = Optional.ofNullable(account.getRequirements()).map(Account.Requirements::getDisabledReason);
        return new AccountState(account.getId(), Boolean.TRUE.equals(account.getDetailsSubmitted()), Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getPayoutsEnabled()), transfers, due, disabled);
    }

    private static String describe(StripeError error) {
        String code = Optional.ofNullable(error.getDeclineCode()).or(() -> Optional.ofNullable(error.getCode())).orElse(error.getType());
        return Optional.ofNullable(error.getMessage()).orElse("refused") + (code == null ? "" : " (" + code + ")");
    }

    private static long zeroIfNull(Long value) {
        return value == null ? 0 : value;
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        }
        catch (ApiConnectionException e) {
            throw new StripeFailure(false, "api_unavailable", "Stripe could not be reached: " + e.getMessage(), e);
        }
        catch (StripeException e) {
            Integer status = e.getStatusCode();
            boolean refused = status != null && (status == 400 || status == 402 || status == 404);
            String code = Optional.ofNullable(e.getStripeError()).flatMap(error -> Optional.ofNullable(error.getCode())
                    .or(() -> Optional.ofNullable(error.getType()))).orElse(refused ? "invalid_request_error" : "api_unavailable");
            String message = Optional.ofNullable(e.getStripeError()).map(StripeGateway::describe).orElse(e.getMessage());
            throw new StripeFailure(refused, code, "Stripe: " + message, e);
        }
    }
}
