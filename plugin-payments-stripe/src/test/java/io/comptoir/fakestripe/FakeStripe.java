package io.comptoir.fakestripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A test server speaking the part of Stripe's HTTP API the plugin uses, on a free port of 127.0.0.1. It is not Stripe: it
 * keeps its objects in memory and answers in Stripe's shapes (from Stripe's OpenAPI fixtures), with Stripe's rules for the
 * calls it knows, so that the official SDK and the plugin cannot tell it apart on those calls:
 * <ul>
 *   <li>secret key as bearer token (401 otherwise); form-encoded parameters with brackets; {@code expand};</li>
 *   <li>errors as {@code {"error": {type, code, message, param}}} with Stripe's status codes;</li>
 *   <li>idempotency keys: the first answer is replayed ({@code Idempotent-Replayed: true}), the same key with other
 *       parameters is a 400 {@code idempotency_error}, a key still in flight a 409; a request refused before the endpoint
 *       ran (missing parameter, unknown object) keeps nothing under its key;</li>
 *   <li>Checkout Sessions (30 minutes to 24 hours), their hosted page (a plain HTML form where test cards pay or are
 *       declined), PaymentIntents with manual capture (capture at most what is capturable, once; cancel only before;
 *       holds lapse after seven days), charges with balance transactions and fees (1.5 % + 0.25), refunds (at most what
 *       was captured and not refunded), transfers (to an account whose {@code transfers} capability is active; from a
 *       {@code source_transaction} at most what that charge has left, otherwise from the available balance, which card
 *       funds reach only after seven days), transfer reversals (at most what is left of the transfer), Express accounts
 *       and account links with a hosted onboarding form;</li>
 *   <li>events for what happened, posted to the webhook endpoint signed like Stripe's ({@code t=…,v1=HMAC-SHA256}),
 *       delivered again while the endpoint does not answer 2xx — or held for the test to deliver by hand, twice, late or
 *       in another order.</li>
 * </ul>
 * Test cards: {@code 4242424242424242} pays, {@code 4000000000000002} is declined, {@code 4000000000009995} has
 * insufficient funds.
 */
public final class FakeStripe implements AutoCloseable {
    public static final String API_VERSION = "2026-03-25.dahlia";
    public static final String PAYING_CARD = "4242424242424242";
    public static final String DECLINED_CARD = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";
    private static final long HOLD_SECONDS = Duration.ofDays(7).toSeconds();
    private static final long AVAILABLE_AFTER_SECONDS = Duration.ofDays(7).toSeconds();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final String secretKey;
    private final String webhookSecret;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService threads;
    private final String base;
    private final WebhookSender webhooks;

    private final Object lock = new Object();
    private final Map<String, Map<String, Object>> objects = new HashMap<>();
    private final Map<String, Params> sessionIntentData = new HashMap<>();
    private final Map<String, Stored> idempotent = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Map<String, Map<String, String>> onboardingLinks = new HashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final List<String> requestLog = new CopyOnWriteArrayList<>();

    private record Stored(String fingerprint, int status, String body) {
    }

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private FakeStripe(String secretKey, String webhookSecret, Clock clock) throws IOException {
        this.secretKey = requireNonNull(secretKey, "secretKey is null");
        this.webhookSecret = requireNonNull(webhookSecret, "webhookSecret is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-stripe");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
        this.base = "http://127.0.0.1:" + server.getAddress().getPort();
        this.webhooks = new WebhookSender(webhookSecret, clock);
    }

    /** Starts a fake Stripe account with this secret key, whose webhook endpoint signs with {@code webhookSecret}. */
    public static FakeStripe start(String secretKey, String webhookSecret, Clock clock) {
        try {
            return new FakeStripe(secretKey, webhookSecret, clock);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Stripe server", e);
        }
    }

    /** What {@code stripe.api-base} is set to. */
    public String apiBase() {
        return base;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public WebhookSender webhooks() {
        return webhooks;
    }

    // ---------------------------------------------------------------------------------------------------- HTTP

    private void serve(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requestLog.add(method + " " + path);
            if (path.startsWith("/v1/")) {
                answer = api(exchange, method, path);
            }
            else {
                answer = page(method, path, Params.parse(method.equals("POST") ? body(exchange) : exchange.getRequestURI().getRawQuery()));
            }
        }
        catch (RuntimeException e) {
            answer = new Answer(500, json(Map.of("error", Map.of("type", "api_error", "message", "fake Stripe failed: " + e))), Map.of());
        }
        webhooks.flush();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (!answer.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.getResponseHeaders().add("Request-Id", "req_" + random(14));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer api(HttpExchange exchange, String method, String path) throws IOException {
        String authorisation = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!authorisation.equals("Bearer " + secretKey)) {
            return error(ApiError.unauthorised(authorisation.replace("Bearer ", "")));
        }
        Params params = Params.parse(method.equals("POST") ? body(exchange) : exchange.getRequestURI().getRawQuery());
        String key = method.equals("POST") ? exchange.getRequestHeaders().getFirst("Idempotency-Key") : null;
        String fingerprint = method + " " + path + " " + params.fingerprint();
        synchronized (lock) {
            lapse();
            if (key != null) {
                Stored stored = idempotent.get(key);
                if (stored != null) {
                    if (!stored.fingerprint().equals(fingerprint)) {
                        return error(new ApiError(400, "idempotency_error", null, "Keys for idempotent requests can only be used with the same "
                                + "parameters they were first used with. Try using a key other than '" + key + "' if you meant to execute "
                                + "a different request.", null, null, false));
                    }
                    return new Answer(stored.status(), stored.body(), Map.of("Idempotent-Replayed", "true", "Idempotency-Key", key));
                }
                if (!inFlight.add(key)) {
                    return error(new ApiError(409, "idempotency_error", null, "There is currently another in-progress request using this "
                            + "Idempotent Key (that probably means you submitted twice, and the other request is still going through): "
                            + key + ". Please try again later.", null, null, false));
                }
            }
        }
        try {
            Answer answer;
            boolean save;
            synchronized (lock) {
                try {
                    Map<String, Object> object = route(method, path, params, key);
                    answer = new Answer(200, json(expanded(object, params.values("expand"))), Map.of());
                    save = true;
                }
                catch (ApiError e) {
                    answer = error(e);
                    save = e.saved;
                }
                if (key != null && save) {
                    idempotent.put(key, new Stored(fingerprint, answer.status(), answer.body()));
                }
            }
            return key == null ? answer : new Answer(answer.status(), answer.body(), Map.of("Idempotency-Key", key));
        }
        finally {
            if (key != null) {
                synchronized (lock) {
                    inFlight.remove(key);
                }
            }
        }
    }

    private Map<String, Object> route(String method, String path, Params params, String key) {
        Matcher matcher;
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            return createSession(params);
        }
        if (method.equals("GET") && (matcher = match("/v1/checkout/sessions/([^/]+)", path)) != null) {
            return existing("checkout.session", matcher.group(1), "session");
        }
        if (method.equals("POST") && (matcher = match("/v1/checkout/sessions/([^/]+)/expire", path)) != null) {
            return expireSession(existing("checkout.session", matcher.group(1), "session"), key);
        }
        if (method.equals("GET") && (matcher = match("/v1/payment_intents/([^/]+)", path)) != null) {
            return existing("payment_intent", matcher.group(1), "intent");
        }
        if (method.equals("POST") && (matcher = match("/v1/payment_intents/([^/]+)/capture", path)) != null) {
            return capture(existing("payment_intent", matcher.group(1), "intent"), params, key);
        }
        if (method.equals("POST") && (matcher = match("/v1/payment_intents/([^/]+)/cancel", path)) != null) {
            return cancel(existing("payment_intent", matcher.group(1), "intent"), params, key);
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return refund(params, key);
        }
        if (method.equals("POST") && path.equals("/v1/transfers")) {
            return transfer(params, key);
        }
        if (method.equals("GET") && (matcher = match("/v1/transfers/([^/]+)", path)) != null) {
            return existing("transfer", matcher.group(1), "transfer");
        }
        if (method.equals("POST") && (matcher = match("/v1/transfers/([^/]+)/reversals", path)) != null) {
            return reverse(existing("transfer", matcher.group(1), "id"), params, key);
        }
        if (method.equals("POST") && path.equals("/v1/accounts")) {
            return createAccount(params, key);
        }
        if (method.equals("GET") && (matcher = match("/v1/accounts/([^/]+)", path)) != null) {
            return existing("account", matcher.group(1), "account");
        }
        if (method.equals("POST") && path.equals("/v1/account_links")) {
            return accountLink(params);
        }
        throw new ApiError(404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ").", null, null, false);
    }

    private static Matcher match(String regex, String path) {
        Matcher matcher = Pattern.compile(regex).matcher(path);
        return matcher.matches() ? matcher : null;
    }

    // ---------------------------------------------------------------------------------------------------- Checkout

    private Map<String, Object> createSession(Params params) {
        String mode = params.required("mode");
        if (!mode.equals("payment")) {
            throw ApiError.invalid("mode", "This test server only knows mode=payment.");
        }
        String successUrl = params.required("success_url");
        String cancelUrl = params.text("cancel_url").orElse(null);
        List<Params> items = params.items("line_items");
        if (items.isEmpty()) {
            throw ApiError.missing("line_items");
        }
        String currency = null;
        long total = 0;
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Params item = items.get(i);
            String prefix = "line_items[" + i + "]";
            long quantity = item.number("quantity").orElseThrow(() -> ApiError.missing(prefix + "[quantity]"));
            if (quantity < 1) {
                throw ApiError.invalid(prefix + "[quantity]", "Quantity must be greater than 0.");
            }
            String lineCurrency = item.text("price_data[currency]").orElseThrow(() -> ApiError.missing(prefix + "[price_data][currency]"));
            long unitAmount = item.number("price_data[unit_amount]").orElseThrow(() -> ApiError.missing(prefix + "[price_data][unit_amount]"));
            String name = item.text("price_data[product_data][name]").filter(text -> !text.isBlank())
                    .orElseThrow(() -> ApiError.missing(prefix + "[price_data][product_data][name]"));
            if (unitAmount < 0) {
                throw ApiError.invalid(prefix + "[price_data][unit_amount]", "This value must be greater than or equal to 0.");
            }
            if (currency != null && !currency.equals(lineCurrency)) {
                throw ApiError.invalid(prefix + "[price_data][currency]", "All line items must share the same currency.");
            }
            currency = lineCurrency;
            total += unitAmount * quantity;
            lines.add(object("item", "li_", Map.of("description", name, "amount_total", unitAmount * quantity, "currency", lineCurrency,
                    "quantity", quantity)));
        }
        if (total < 50) {
            throw ApiError.refused("amount_too_small", "The Checkout Session's total amount due must add up to at least €0.50", null);
        }
        long now = now();
        long expiresAt = params.number("expires_at").orElse(now + Duration.ofHours(24).toSeconds());
        if (expiresAt < now + Duration.ofMinutes(30).toSeconds() - 5 || expiresAt > now + Duration.ofHours(24).toSeconds()) {
            throw ApiError.invalid("expires_at", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
        }
        String captureMethod = params.text("payment_intent_data[capture_method]").orElse("automatic");
        if (!Set.of("automatic", "automatic_async", "manual").contains(captureMethod)) {
            throw ApiError.invalid("payment_intent_data[capture_method]", "Invalid payment_intent_data[capture_method]: must be one of "
                    + "automatic, automatic_async, or manual");
        }
        checkMetadata(params.map("metadata"), "metadata");
        checkMetadata(params.map("payment_intent_data[metadata]"), "payment_intent_data[metadata]");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("amount_subtotal", total);
        fields.put("amount_total", total);
        fields.put("cancel_url", cancelUrl);
        fields.put("client_reference_id", params.text("client_reference_id").orElse(null));
        fields.put("currency", currency);
        fields.put("expires_at", expiresAt);
        fields.put("locale", params.text("locale").orElse(null));
        fields.put("metadata", params.map("metadata"));
        fields.put("mode", mode);
        fields.put("payment_intent", null);
        fields.put("payment_method_types", params.values("payment_method_types").isEmpty() ? List.of("card") : params.values("payment_method_types"));
        fields.put("payment_status", "unpaid");
        fields.put("status", "open");
        fields.put("success_url", successUrl);
        fields.put("line_items", Map.of("object", "list", "data", lines, "has_more", false));
        Map<String, Object> session = object("checkout.session", "cs_test_", fields);
        session.put("url", base + "/c/pay/" + session.get("id"));
        sessionIntentData.put((String) session.get("id"), params);
        return session;
    }

    private Map<String, Object> expireSession(Map<String, Object> session, String key) {
        if (!"open".equals(session.get("status"))) {
            throw ApiError.refused(null, "Only Checkout Sessions with a status in [\"open\"] can be expired.", null);
        }
        session.put("status", "expired");
        event("checkout.session.expired", session, null, key);
        return session;
    }

    /** The hosted page's payment: what Stripe does when the shopper submits the Checkout form with that card. */
    private Answer pay(Map<String, Object> session, String card) {
        String number = card.replaceAll("\\s", "");
        if (!"open".equals(session.get("status"))) {
            return html(410, "Session terminée", "<p>Cette session de paiement est terminée (" + session.get("status") + ").</p>");
        }
        Map<String, Object> intent = intentOf(session);
        long amount = (long) session.get("amount_total");
        Map<String, Object> charge = object("charge", "ch_", Map.of());
        charge.put("amount", amount);
        charge.put("amount_captured", 0L);
        charge.put("amount_refunded", 0L);
        charge.put("balance_transaction", null);
        charge.put("captured", false);
        charge.put("currency", session.get("currency"));
        charge.put("metadata", intent.get("metadata"));
        charge.put("payment_intent", intent.get("id"));
        charge.put("refunded", false);
        charge.put("transfer_group", intent.get("transfer_group"));
        Map<String, Object> cardDetails = new LinkedHashMap<>();
        cardDetails.put("brand", "visa");
        cardDetails.put("capture_before", now() + HOLD_SECONDS);
        cardDetails.put("country", "FR");
        cardDetails.put("last4", number.length() >= 4 ? number.substring(number.length() - 4) : number);
        cardDetails.put("multicapture", Map.of("status", "unavailable"));
        charge.put("payment_method_details", Map.of("type", "card", "card", cardDetails));
        intent.put("latest_charge", charge.get("id"));
        intent.put("payment_method", "pm_" + random(24));
        switch (number) {
            case PAYING_CARD -> {
                charge.put("paid", true);
                charge.put("status", "succeeded");
                boolean manual = "manual".equals(intent.get("capture_method"));
                intent.put("last_payment_error", null);
                if (manual) {
                    intent.put("status", "requires_capture");
                    intent.put("amount_capturable", amount);
                }
                else {
                    captureCharge(intent, charge, amount);
                    intent.put("status", "succeeded");
                    intent.put("amount_received", amount);
                    session.put("payment_status", "paid");
                }
                session.put("status", "complete");
                event("charge.succeeded", charge, null, null);
                event(manual ? "payment_intent.amount_capturable_updated" : "payment_intent.succeeded", intent, null, null);
                event("checkout.session.completed", session, null, null);
                String success = ((String) session.get("success_url")).replace("{CHECKOUT_SESSION_ID}", (String) session.get("id"));
                return new Answer(303, "", Map.of("Location", success, "Content-Type", "text/html; charset=utf-8"));
            }
            case DECLINED_CARD, INSUFFICIENT_FUNDS_CARD -> {
                boolean funds = number.equals(INSUFFICIENT_FUNDS_CARD);
                String message = funds ? "Your card has insufficient funds." : "Your card was declined.";
                String declineCode = funds ? "insufficient_funds" : "generic_decline";
                charge.put("paid", false);
                charge.put("status", "failed");
                charge.put("failure_code", "card_declined");
                charge.put("failure_message", message);
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("charge", charge.get("id"));
                error.put("code", "card_declined");
                error.put("decline_code", declineCode);
                error.put("message", message);
                error.put("type", "card_error");
                intent.put("last_payment_error", error);
                intent.put("status", "requires_payment_method");
                event("charge.failed", charge, null, null);
                event("payment_intent.payment_failed", intent, null, null);
                return checkoutPage(session, 402, message);
            }
            default -> {
                return checkoutPage(session, 402, "Your card number is incorrect.");
            }
        }
    }

    /** The session's PaymentIntent, made when the shopper first submits the page (as Stripe does). */
    private Map<String, Object> intentOf(Map<String, Object> session) {
        String existing = (String) session.get("payment_intent");
        if (existing != null) {
            return objects.get(existing);
        }
        Params data = sessionIntentData.get((String) session.get("id"));
        Map<String, Object> intent = object("payment_intent", "pi_", Map.of());
        intent.put("amount", session.get("amount_total"));
        intent.put("amount_capturable", 0L);
        intent.put("amount_received", 0L);
        intent.put("canceled_at", null);
        intent.put("cancellation_reason", null);
        intent.put("capture_method", data.text("payment_intent_data[capture_method]").orElse("automatic"));
        intent.put("currency", session.get("currency"));
        intent.put("description", data.text("payment_intent_data[description]").orElse(null));
        intent.put("last_payment_error", null);
        intent.put("latest_charge", null);
        intent.put("metadata", data.map("payment_intent_data[metadata]"));
        intent.put("payment_method_types", List.of("card"));
        intent.put("status", "requires_payment_method");
        intent.put("transfer_group", data.text("payment_intent_data[transfer_group]").orElse(null));
        session.put("payment_intent", intent.get("id"));
        return intent;
    }

    // ---------------------------------------------------------------------------------------------------- PaymentIntents

    private Map<String, Object> capture(Map<String, Object> intent, Params params, String key) {
        String status = (String) intent.get("status");
        if (!status.equals("requires_capture")) {
            throw ApiError.refused("payment_intent_unexpected_state", "This PaymentIntent could not be captured because it has a status of "
                    + status + ". Only a PaymentIntent with one of the following statuses may be captured: requires_capture.", null);
        }
        long capturable = (long) intent.get("amount_capturable");
        long amount = params.number("amount_to_capture").orElse(capturable);
        if (amount < 1) {
            throw ApiError.invalid("amount_to_capture", "This value must be greater than or equal to 1.");
        }
        if (amount > capturable) {
            throw ApiError.refused("amount_too_large", "The amount to capture (" + amount + ") is greater than the amount capturable ("
                    + capturable + ") on this PaymentIntent.", "amount_to_capture");
        }
        Map<String, Object> charge = objects.get((String) intent.get("latest_charge"));
        captureCharge(intent, charge, amount);
        intent.put("status", "succeeded");
        intent.put("amount_capturable", 0L);
        intent.put("amount_received", amount);
        event("charge.captured", charge, null, key);
        event("payment_intent.succeeded", intent, null, key);
        return intent;
    }

    private void captureCharge(Map<String, Object> intent, Map<String, Object> charge, long amount) {
        charge.put("captured", true);
        charge.put("amount_captured", amount);
        long fee = (amount * 15 + 500) / 1000 + 25;
        Map<String, Object> transaction = balanceTransaction("charge", amount, fee, (String) charge.get("id"), now() + AVAILABLE_AFTER_SECONDS);
        charge.put("balance_transaction", transaction.get("id"));
    }

    private Map<String, Object> cancel(Map<String, Object> intent, Params params, String key) {
        String status = (String) intent.get("status");
        if (!Set.of("requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing").contains(status)) {
            throw ApiError.refused("payment_intent_unexpected_state", "You cannot cancel this PaymentIntent because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, "
                    + "requires_confirmation, requires_action, processing.", null);
        }
        Optional<Map<String, Object>> session = objects.values().stream().filter(o -> "checkout.session".equals(o.get("object"))
                && intent.get("id").equals(o.get("payment_intent"))).findFirst();
        if (session.isPresent() && "open".equals(session.get().get("status"))) {
            throw ApiError.refused("payment_intent_unexpected_state", "This PaymentIntent belongs to an open Checkout Session: expire the "
                    + "Checkout Session instead.", null);
        }
        String reason = params.text("cancellation_reason").orElse(null);
        release(intent, reason == null ? "requested_by_customer" : reason, key);
        return intent;
    }

    private void release(Map<String, Object> intent, String reason, String key) {
        intent.put("status", "canceled");
        intent.put("canceled_at", now());
        intent.put("cancellation_reason", reason);
        intent.put("amount_capturable", 0L);
        event("payment_intent.canceled", intent, null, key);
    }

    /** Holds lapse after seven days and open sessions expire at their time, as at Stripe (seen at the next request). */
    private void lapse() {
        long now = now();
        for (Map<String, Object> object : List.copyOf(objects.values())) {
            if ("payment_intent".equals(object.get("object")) && "requires_capture".equals(object.get("status"))) {
                Map<String, Object> charge = objects.get((String) object.get("latest_charge"));
                @SuppressWarnings("unchecked")
                Map<String, Object> card = (Map<String, Object>) ((Map<String, Object>) charge.get("payment_method_details")).get("card");
                if ((long) card.get("capture_before") <= now) {
                    release(object, "automatic", null);
                }
            }
            if ("checkout.session".equals(object.get("object")) && "open".equals(object.get("status")) && (long) object.get("expires_at") <= now) {
                object.put("status", "expired");
                event("checkout.session.expired", object, null, null);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- Refunds

    private Map<String, Object> refund(Params params, String key) {
        Optional<String> intentId = params.text("payment_intent");
        Optional<String> chargeId = params.text("charge");
        if (intentId.isEmpty() && chargeId.isEmpty()) {
            throw ApiError.missing("payment_intent");
        }
        Map<String, Object> charge;
        if (intentId.isPresent()) {
            Map<String, Object> intent = existing("payment_intent", intentId.get(), "payment_intent");
            if (!"succeeded".equals(intent.get("status"))) {
                throw ApiError.refused("charge_not_refundable", "This PaymentIntent (" + intentId.get() + ") does not have a successful charge "
                        + "to refund.", "payment_intent");
            }
            charge = objects.get((String) intent.get("latest_charge"));
        }
        else {
            charge = existing("charge", chargeId.get(), "charge");
        }
        long left = (long) charge.get("amount_captured") - (long) charge.get("amount_refunded");
        if (left == 0) {
            throw ApiError.refused("charge_already_refunded", "Charge " + charge.get("id") + " has already been refunded.", null);
        }
        long amount = amount(params, left, requested -> "Refund amount (" + money(requested, charge)
                + ") is greater than unrefunded amount on charge (" + money(left, charge) + ")");
        Map<String, Object> refund = object("refund", "re_", Map.of());
        refund.put("amount", amount);
        refund.put("charge", charge.get("id"));
        refund.put("currency", charge.get("currency"));
        refund.put("metadata", params.map("metadata"));
        refund.put("payment_intent", charge.get("payment_intent"));
        refund.put("reason", params.text("reason").orElse(null));
        refund.put("status", "succeeded");
        Map<String, Object> transaction = balanceTransaction("refund", -amount, 0, (String) refund.get("id"), now());
        refund.put("balance_transaction", transaction.get("id"));
        charge.put("amount_refunded", (long) charge.get("amount_refunded") + amount);
        charge.put("refunded", (long) charge.get("amount_refunded") == (long) charge.get("amount_captured"));
        event("charge.refunded", charge, null, key);
        event("refund.created", refund, null, key);
        return refund;
    }

    // ---------------------------------------------------------------------------------------------------- Transfers

    private Map<String, Object> transfer(Params params, String key) {
        long amount = params.requiredNumber("amount");
        String currency = params.required("currency");
        String destination = params.required("destination");
        if (amount < 1) {
            throw ApiError.invalid("amount", "This value must be greater than or equal to 1.");
        }
        Map<String, Object> account = existing("account", destination, "destination");
        checkMetadata(params.map("metadata"), "metadata");
        if (!"active".equals(capabilities(account).get("transfers"))) {
            throw ApiError.refused("insufficient_capabilities_for_transfer", "Your destination account needs to have at least one of the "
                    + "following capabilities enabled: transfers, crypto_transfers, legacy_payments", "destination");
        }
        Optional<String> source = params.text("source_transaction");
        if (source.isPresent()) {
            Map<String, Object> charge = existing("charge", source.get(), "source_transaction");
            if (!currency.equals(charge.get("currency"))) {
                throw ApiError.invalid("currency", "The currency of source_transaction's balance transaction (" + charge.get("currency")
                        + ") must be the same as the transfer currency (" + currency + ")");
            }
            if (!Boolean.TRUE.equals(charge.get("captured"))) {
                throw ApiError.refused(null, "The source_transaction " + source.get() + " has not been captured.", "source_transaction");
            }
            long used = objects.values().stream().filter(o -> "transfer".equals(o.get("object")) && source.get().equals(o.get("source_transaction")))
                    .mapToLong(o -> (long) o.get("amount") - (long) o.get("amount_reversed")).sum();
            long left = (long) charge.get("amount_captured") - (long) charge.get("amount_refunded") - used;
            if (amount > left) {
                throw ApiError.refused("balance_insufficient", "The transfer amount (" + money(amount, charge) + ") exceeds what source_transaction "
                        + source.get() + " has left to transfer (" + money(left, charge) + ").", "amount");
            }
        }
        else if (amount > availableBalance()) {
            throw ApiError.refused("balance_insufficient", "You have insufficient available funds in your Stripe account. Try adding funds "
                    + "directly to your available balance by creating Charges using the 4000000000000077 test card.", null);
        }
        Map<String, Object> transfer = object("transfer", "tr_", Map.of());
        transfer.put("amount", amount);
        transfer.put("amount_reversed", 0L);
        transfer.put("currency", currency);
        transfer.put("description", params.text("description").orElse(null));
        transfer.put("destination", destination);
        transfer.put("destination_payment", "py_" + random(24));
        transfer.put("metadata", params.map("metadata"));
        transfer.put("reversals", Map.of("object", "list", "data", List.of(), "has_more", false, "url",
                "/v1/transfers/" + transfer.get("id") + "/reversals"));
        transfer.put("reversed", false);
        transfer.put("source_transaction", source.orElse(null));
        transfer.put("source_type", "card");
        transfer.put("transfer_group", params.text("transfer_group").orElse(null));
        Map<String, Object> transaction = balanceTransaction("transfer", -amount, 0, (String) transfer.get("id"), now());
        transfer.put("balance_transaction", transaction.get("id"));
        account.put("balance_available", (long) account.getOrDefault("balance_available", 0L) + amount);
        event("transfer.created", transfer, null, key);
        return transfer;
    }

    private Map<String, Object> reverse(Map<String, Object> transfer, Params params, String key) {
        long left = (long) transfer.get("amount") - (long) transfer.get("amount_reversed");
        long amount = amount(params, left, requested -> "You have attempted to reverse " + money(requested, transfer) + " but only "
                + money(left, transfer) + " of the transfer remains to be reversed.");
        Map<String, Object> reversal = object("transfer_reversal", "trr_", Map.of());
        reversal.put("amount", amount);
        reversal.put("currency", transfer.get("currency"));
        reversal.put("metadata", params.map("metadata"));
        reversal.put("transfer", transfer.get("id"));
        Map<String, Object> transaction = balanceTransaction("transfer_refund", amount, 0, (String) reversal.get("id"), now());
        reversal.put("balance_transaction", transaction.get("id"));
        transfer.put("amount_reversed", (long) transfer.get("amount_reversed") + amount);
        transfer.put("reversed", (long) transfer.get("amount_reversed") == (long) transfer.get("amount"));
        Map<String, Object> account = objects.get((String) transfer.get("destination"));
        account.put("balance_available", (long) account.getOrDefault("balance_available", 0L) - amount);
        event("transfer.reversed", transfer, null, key);
        return reversal;
    }

    // ---------------------------------------------------------------------------------------------------- Accounts

    private Map<String, Object> createAccount(Params params, String key) {
        String type = params.text("type").orElse(null);
        if (type == null && params.map("controller").isEmpty() && params.text("controller[stripe_dashboard][type]").isEmpty()) {
            throw ApiError.missing("type");
        }
        if (type != null && !Set.of("custom", "express", "standard").contains(type)) {
            throw ApiError.invalid("type", "Invalid type: must be one of custom, express, or standard");
        }
        String country = params.text("country").orElse("US");
        if (!country.matches("[A-Z]{2}")) {
            throw ApiError.invalid("country", "Country '" + country + "' is unknown.");
        }
        checkMetadata(params.map("metadata"), "metadata");
        Map<String, Object> capabilities = new LinkedHashMap<>();
        for (String capability : List.of("card_payments", "transfers")) {
            if ("true".equals(params.text("capabilities[" + capability + "][requested]").orElse(null))) {
                capabilities.put(capability, "inactive");
            }
        }
        Map<String, Object> account = object("account", "acct_", Map.of());
        account.put("business_profile", Map.of("name", params.text("business_profile[name]").orElse("")));
        account.put("capabilities", capabilities);
        account.put("charges_enabled", false);
        account.put("country", country);
        account.put("default_currency", country.equals("FR") ? "eur" : "usd");
        account.put("details_submitted", false);
        account.put("email", params.text("email").orElse(null));
        account.put("metadata", params.map("metadata"));
        account.put("payouts_enabled", false);
        account.put("requirements", requirements(List.of("business_profile.url", "external_account", "individual.dob.day",
                "representative.first_name", "tos_acceptance.date", "tos_acceptance.ip"), "requirements.past_due"));
        account.put("type", type == null ? "none" : type);
        return account;
    }

    private Map<String, Object> accountLink(Params params) {
        String accountId = params.required("account");
        String type = params.required("type");
        if (!Set.of("account_onboarding", "account_update").contains(type)) {
            throw ApiError.invalid("type", "Invalid type: must be one of account_onboarding or account_update");
        }
        String returnUrl = params.required("return_url");
        String refreshUrl = params.text("refresh_url").orElse(returnUrl);
        existing("account", accountId, "account");
        String token = random(20);
        onboardingLinks.put(token, new LinkedHashMap<>(Map.of("account", accountId, "return_url", returnUrl, "refresh_url", refreshUrl,
                "expires_at", Long.toString(now() + 300))));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("object", "account_link");
        link.put("created", now());
        link.put("expires_at", now() + 300);
        link.put("url", base + "/setup/e/" + token);
        return link;
    }

    /** What Stripe's hosted onboarding does when a shop fills it in: the account can take transfers and payouts. */
    private void onboard(Map<String, Object> account) {
        account.put("details_submitted", true);
        account.put("charges_enabled", true);
        account.put("payouts_enabled", true);
        Map<String, Object> capabilities = new LinkedHashMap<>(capabilities(account));
        capabilities.replaceAll((name, status) -> "active");
        account.put("capabilities", capabilities);
        account.put("requirements", requirements(List.of(), null));
        event("account.updated", account, (String) account.get("id"), null);
    }

    /** Stripe disables the account's transfers and payouts (e.g. a document to check). */
    public void restrict(String accountId, String reason) {
        synchronized (lock) {
            Map<String, Object> account = existing("account", accountId, "account");
            account.put("payouts_enabled", false);
            account.put("charges_enabled", false);
            Map<String, Object> capabilities = new LinkedHashMap<>(capabilities(account));
            capabilities.replaceAll((name, status) -> "inactive");
            account.put("capabilities", capabilities);
            account.put("requirements", requirements(List.of("individual.verification.document"), reason));
            event("account.updated", account, accountId, null);
        }
        webhooks.flush();
    }

    /** Completes the onboarding behind an account link, as the shop would on Stripe's page; returns where Stripe sends it back. */
    public String completeOnboarding(String linkUrl) {
        Answer answer;
        synchronized (lock) {
            answer = onboarding("POST", linkUrl.substring(linkUrl.lastIndexOf('/') + 1));
        }
        webhooks.flush();
        return answer.headers().get("Location");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> capabilities(Map<String, Object> account) {
        return (Map<String, Object>) account.get("capabilities");
    }

    private static Map<String, Object> requirements(List<String> due, String disabledReason) {
        Map<String, Object> requirements = new LinkedHashMap<>();
        requirements.put("currently_due", due);
        requirements.put("disabled_reason", disabledReason);
        requirements.put("eventually_due", due);
        requirements.put("past_due", due);
        requirements.put("pending_verification", List.of());
        requirements.put("errors", List.of());
        return requirements;
    }

    // ---------------------------------------------------------------------------------------------------- hosted pages

    private Answer page(String method, String path, Params form) {
        synchronized (lock) {
            lapse();
            Matcher matcher;
            if ((matcher = match("/c/pay/([^/]+)", path)) != null) {
                Map<String, Object> session = objects.get(matcher.group(1));
                if (session == null) {
                    return html(404, "Introuvable", "<p>Session inconnue.</p>");
                }
                return method.equals("POST") ? pay(session, form.text("card").orElse("")) : checkoutPage(session, 200, null);
            }
            if ((matcher = match("/c/pay/([^/]+)/cancel", path)) != null && method.equals("POST")) {
                Map<String, Object> session = objects.get(matcher.group(1));
                if (session == null || session.get("cancel_url") == null) {
                    return html(404, "Introuvable", "<p>Session inconnue.</p>");
                }
                return new Answer(303, "", Map.of("Location", (String) session.get("cancel_url"), "Content-Type", "text/html; charset=utf-8"));
            }
            if ((matcher = match("/setup/e/([^/]+)", path)) != null) {
                return onboarding(method, matcher.group(1));
            }
            return html(404, "Introuvable", "<p>Page inconnue.</p>");
        }
    }

    private Answer checkoutPage(Map<String, Object> session, int status, String error) {
        StringBuilder page = new StringBuilder("<h1>Stripe Checkout (serveur de test)</h1><table>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) ((Map<String, Object>) session.get("line_items")).get("data");
        for (Map<String, Object> line : lines) {
            page.append("<tr><td>").append(escape((String) line.get("description"))).append("</td><td>")
                    .append(money((long) line.get("amount_total"), session)).append("</td></tr>");
        }
        page.append("<tr><th>Total</th><th id=\"total\">").append(money((long) session.get("amount_total"), session)).append("</th></tr></table>");
        if (error != null) {
            page.append("<p id=\"error\" role=\"alert\">").append(escape(error)).append("</p>");
        }
        page.append("<form method=\"post\" action=\"/c/pay/").append(session.get("id")).append("\">")
                .append("<label for=\"card\">Numéro de carte</label> <input id=\"card\" name=\"card\" autocomplete=\"off\" value=\"\">")
                .append(" <button id=\"pay\" type=\"submit\">Payer</button></form>");
        if (session.get("cancel_url") != null) {
            page.append("<form method=\"post\" action=\"/c/pay/").append(session.get("id")).append("/cancel\">")
                    .append("<button id=\"back\" type=\"submit\">Retour</button></form>");
        }
        return html(status, "Paiement", page.toString());
    }

    private Answer onboarding(String method, String token) {
        Map<String, String> link = onboardingLinks.get(token);
        if (link == null) {
            return html(404, "Introuvable", "<p>Lien inconnu.</p>");
        }
        if (Long.parseLong(link.get("expires_at")) < now() || link.containsKey("used")) {
            return new Answer(303, "", Map.of("Location", link.get("refresh_url"), "Content-Type", "text/html; charset=utf-8"));
        }
        if (method.equals("GET")) {
            return html(200, "Stripe Express", "<h1>Stripe Express (serveur de test)</h1><p>Compte " + escape(link.get("account"))
                    + "</p><form method=\"post\" action=\"/setup/e/" + token + "\"><button id=\"submit\" type=\"submit\">Terminer l'inscription"
                    + "</button></form>");
        }
        link.put("used", "true");
        onboard(objects.get(link.get("account")));
        return new Answer(303, "", Map.of("Location", link.get("return_url"), "Content-Type", "text/html; charset=utf-8"));
    }

    private static Answer html(int status, String title, String body) {
        return new Answer(status, "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + body + "</body></html>", Map.of("Content-Type", "text/html; charset=utf-8"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------------------------------------------- for tests

    /** Pays (or tries to pay) a session with a test card, as the shopper on the hosted page; returns the status and where it leads. */
    public PageAnswer pay(String sessionId, String card) {
        Answer answer = page("POST", "/c/pay/" + sessionId, Params.parse("card=" + card));
        webhooks.flush();
        return new PageAnswer(answer.status(), Optional.ofNullable(answer.headers().get("Location")), answer.body());
    }

    /** What a hosted page answered. */
    public record PageAnswer(int status, Optional<String> location, String html) {
    }

    /** Lets time pass at Stripe: holds older than seven days lapse, sessions past their end expire (and say so by webhook). */
    public void tick() {
        synchronized (lock) {
            lapse();
        }
        webhooks.flush();
    }

    /** A copy of an object as the API would return it. */
    public Map<String, Object> object(String id) {
        synchronized (lock) {
            Map<String, Object> object = objects.get(id);
            if (object == null) {
                throw new IllegalArgumentException("no object " + id);
            }
            return copy(object);
        }
    }

    /** Every object of a type ({@code transfer}, {@code refund}, {@code balance_transaction}…), oldest first. */
    public List<Map<String, Object>> objects(String type) {
        synchronized (lock) {
            return objects.values().stream().filter(o -> type.equals(o.get("object")))
                    .sorted(Comparator.comparing((Map<String, Object> o) -> (long) o.get("created")).thenComparing(o -> (long) o.get("_seq")))
                    .map(FakeStripe::copy).toList();
        }
    }

    /** The platform's available balance: charges' net once available (seven days), less transfers, refunds, plus reversals. */
    public long availableBalance() {
        synchronized (lock) {
            long now = now();
            return objects.values().stream().filter(o -> "balance_transaction".equals(o.get("object")) && (long) o.get("available_on") <= now)
                    .mapToLong(o -> (long) o.get("net")).sum();
        }
    }

    /** The connected account's balance: what it was transferred, less what was reversed. */
    public long accountBalance(String accountId) {
        synchronized (lock) {
            return (long) existing("account", accountId, "account").getOrDefault("balance_available", 0L);
        }
    }

    /** Every request received, as {@code METHOD /path}. */
    public List<String> requestLog() {
        return List.copyOf(requestLog);
    }

    /** The events created so far, oldest first. */
    public List<Map<String, Object>> events() {
        synchronized (lock) {
            return events.stream().map(FakeStripe::copy).toList();
        }
    }

    public List<Map<String, Object>> events(String type) {
        return events().stream().filter(event -> type.equals(event.get("type"))).toList();
    }

    @Override
    public void close() {
        webhooks.close();
        server.stop(0);
        threads.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------------- plumbing

    private Map<String, Object> existing(String type, String id, String param) {
        Map<String, Object> object = objects.get(id);
        if (object == null || !type.equals(object.get("object"))) {
            throw ApiError.noSuch(type, id, param);
        }
        return object;
    }

    private long sequence;

    private Map<String, Object> object(String type, String prefix, Map<String, Object> fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", prefix + random(24));
        object.put("object", type);
        object.put("created", now());
        object.put("livemode", false);
        object.put("_seq", ++sequence);
        object.putAll(fields);
        if (!type.equals("item")) {
            objects.put((String) object.get("id"), object);
        }
        return object;
    }

    private Map<String, Object> balanceTransaction(String type, long amount, long fee, String source, long availableOn) {
        Map<String, Object> transaction = object("balance_transaction", "txn_", Map.of());
        transaction.put("amount", amount);
        transaction.put("available_on", availableOn);
        transaction.put("currency", "eur");
        transaction.put("fee", fee);
        transaction.put("fee_details", fee == 0 ? List.of() : List.of(Map.of("amount", fee, "currency", "eur", "type", "stripe_fee")));
        transaction.put("net", amount - fee);
        transaction.put("reporting_category", type.equals("charge") ? "charge" : type.equals("refund") ? "refund" : type);
        transaction.put("source", source);
        transaction.put("status", availableOn <= now() ? "available" : "pending");
        transaction.put("type", type);
        return transaction;
    }

    private void event(String type, Map<String, Object> object, String account, String idempotencyKey) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "evt_" + random(24));
        event.put("object", "event");
        if (account != null) {
            event.put("account", account);
        }
        event.put("api_version", API_VERSION);
        event.put("created", now());
        event.put("data", Map.of("object", copy(object)));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", idempotencyKey == null ? null : "req_" + random(14));
        request.put("idempotency_key", idempotencyKey);
        event.put("request", request);
        event.put("type", type);
        events.add(event);
        webhooks.queue((String) event.get("id"), type, json(event));
    }

    /** The object with the asked paths expanded ({@code latest_charge.balance_transaction}…), as Stripe renders it. */
    private Map<String, Object> expanded(Map<String, Object> object, List<String> paths) {
        Map<String, Object> copy = copy(object);
        for (String path : paths) {
            expand(copy, path.split("\\."), 0);
        }
        return copy;
    }

    private void expand(Map<String, Object> object, String[] path, int index) {
        Object value = object.get(path[index]);
        if (value instanceof String id && objects.containsKey(id)) {
            value = copy(objects.get(id));
            object.put(path[index], value);
        }
        if (index + 1 < path.length && value instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) nested;
            expand(next, path, index + 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (!name.equals("_seq") && !name.equals("balance_available")) {
                copy.put(name, value instanceof Map<?, ?> map ? copy((Map<String, Object>) map) : value instanceof List<?> list
                        ? list.stream().map(item -> item instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : item).toList() : value);
            }
        });
        return copy;
    }

    /** The {@code amount} asked (all that is left by default), at least 1 and at most what is left; the metadata checked. */
    private static long amount(Params params, long left, LongFunction<String> tooLarge) {
        long amount = params.number("amount").orElse(left);
        if (amount < 1) {
            throw ApiError.invalid("amount", "This value must be greater than or equal to 1.");
        }
        if (amount > left) {
            throw ApiError.refused("amount_too_large", tooLarge.apply(amount), "amount");
        }
        checkMetadata(params.map("metadata"), "metadata");
        return amount;
    }

    private static void checkMetadata(Map<String, String> metadata, String param) {
        if (metadata.size() > 50) {
            throw ApiError.invalid(param, "You can specify up to 50 keys.");
        }
        metadata.forEach((key, value) -> {
            if (key.length() > 40) {
                throw ApiError.invalid(param, "Metadata keys can be up to 40 characters long.");
            }
            if (value.length() > 500) {
                throw ApiError.invalid(param, "Metadata values can be up to 500 characters long.");
            }
        });
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String money(long amount, Map<String, Object> object) {
        return String.format(Locale.ROOT, "%s%d.%02d", "eur".equals(object.get("currency")) ? "€" : "", amount / 100, amount % 100);
    }

    private static Answer error(ApiError error) {
        return new Answer(error.status, json(error.body()), Map.of());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
