package io.comptoir.engine.core.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.AuthorisationQuery;
import io.comptoir.engine.api.payment.AuthorisationStatus;
import io.comptoir.engine.api.payment.PaymentId;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.payment.WebhookNotification;
import io.comptoir.engine.api.payment.WebhookRejectedException;
import io.comptoir.engine.api.payment.WebhookRequest;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.support.Tokens;
import io.comptoir.plugin.kit.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A simulated card processor for demos and tests, which behaves like a real one: authorisations are answered
 * asynchronously by a signed webhook (after a delay, possibly twice), declines depend on the test card number, and
 * captures, releases and refunds are checked against its own books and replayed for a repeated idempotency key.
 *
 * <p>Like a real processor, it loses nothing when one of the marketplace's nodes dies: its books are in the database, with
 * when each pending authorisation is to be decided and each webhook still to deliver. The node that took an authorisation
 * decides it and delivers its webhook at once; every node also sweeps the books each second for decisions and deliveries
 * that are due (a node died before doing them, or a delivery failed and waits for its retry), each taken by one node with a
 * guarded update. It answers {@link #authorisationStatus} from its books.
 */
public final class SandboxCardProvider implements PaymentProvider, AutoCloseable {
    public static final String ID = "sandbox-card";
    private static final Logger log = LoggerFactory.getLogger(SandboxCardProvider.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] RETRY_DELAYS_MS = {50, 200, 1_000, 5_000, 30_000, 120_000};
    private static final Duration DELIVERY_LEASE = Duration.ofSeconds(30);
    /** How long past its due time a decision or delivery is left to the node that should make it, before any node sweeps it. */
    private static final Duration SWEEP_GRACE = Duration.ofSeconds(1);
    private static final int BANK_THREADS = 8;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SandboxSettings settings;
    private final WebhookSignature signature;
    private final ScheduledExecutorService bank;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Consumer<WebhookRequest>> inProcess = new AtomicReference<>();

    public SandboxCardProvider(Jdbi jdbi, Clock clock, Map<String, String> properties) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = SandboxSettings.from(properties);
        this.signature = new WebhookSignature(settings.secret());
        // Several threads, as a processor answers many payments at once: one bank thread made the webhooks of every
        // shopper wait in one queue, each for the previous one's delivery.
        AtomicInteger threads = new AtomicInteger();
        this.bank = Executors.newScheduledThreadPool(BANK_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-card-bank-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Where webhooks go when no URL is configured: straight to the engine's webhook handling. */
    public void deliverInProcessTo(Consumer<WebhookRequest> handler) {
        inProcess.set(requireNonNull(handler, "handler is null"));
    }

    /** Starts sweeping the books each second for decisions and webhooks that are due (the engine's background work). */
    public void startSweeping() {
        bank.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Carte bancaire";
    }

    @Override
    public TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
        SandboxCard card = SandboxCard.parse(tender.details().get("card"));
        return new TenderCapacity(dueByMerchant.keySet(), Optional.empty(), "Carte •••• " + card.last4());
    }

    @Override
    public ProviderResult authorise(Authorisation request) {
        SandboxCard card = SandboxCard.parse(request.details().get("card"));
        String reference = "sbx_" + Tokens.random(12);
        Instant now = clock.instant();
        try {
            jdbi.useExtension(SandboxBankDao.class, dao -> dao.insert(reference, request.idempotencyKey(), request.payment().value(), request.amount().minorUnits(),
                    card.last4(), card.authorisationDecline().orElse(card.refusesCapture() ? "CAPTURE" : null), now, now.plus(settings.delay())));
        }
        catch (RuntimeException e) {
            // the idempotency key is unique: a repeated request answers what the first one started
            if (SqlErrors.isUniqueViolation(e)) {
                return jdbi.withExtension(SandboxBankDao.class, dao -> dao.byKey(request.idempotencyKey()))
                        .map(earlier -> ProviderResult.pending(earlier.reference())).orElseThrow(() -> e);
            }
            throw e;
        }
        later(() -> decide(reference), settings.delay().toMillis());
        return ProviderResult.pending(reference);
    }

    @Override
    public AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        Optional<SandboxPaymentRow> found = jdbi.withExtension(SandboxBankDao.class, dao -> dao.byKey(query.idempotencyKey()));
        if (found.isEmpty()) {
            return AuthorisationStatus.notFound();
        }
        SandboxPaymentRow payment = found.get();
        long held = payment.amount() - payment.captured() - payment.released();
        return switch (payment.status()) {
            case "PENDING" -> AuthorisationStatus.of(AuthorisationStatus.State.PENDING, payment.reference());
            case "AUTHORISED" -> AuthorisationStatus.of(held > 0 ? AuthorisationStatus.State.AUTHORISED : AuthorisationStatus.State.CLOSED,
                    payment.reference());
            case "DECLINED" -> new AuthorisationStatus(AuthorisationStatus.State.DECLINED, payment.reference(), payment.declineReason());
            default -> AuthorisationStatus.of(AuthorisationStatus.State.CLOSED, payment.reference());
        };
    }

    /** Decides what is due and delivers what waits, left by a node that died or by a failed delivery. */
    private void sweep() {
        try {
            Instant before = clock.instant().minus(SWEEP_GRACE);
            jdbi.withExtension(SandboxBankDao.class, dao -> dao.undecided(before)).forEach(this::decide);
            jdbi.withExtension(SandboxBankDao.class, dao -> dao.dueWebhooks(before)).forEach(due -> deliver(due.eventId(), due.attempts()));
        }
        catch (RuntimeException e) {
            // the next sweep tries again; a scheduled task that throws would never run again
            log.warn("Sandbox bank sweep failed", e);
        }
    }

    /**
     * The bank decides a pending authorisation, and books the webhook that tells the marketplace in the same transaction,
     * already taken for its first delivery attempt by this node (so neither a claim nor a read of the body follows).
     */
    private void decide(String reference) {
        try {
            Optional<Webhook> booked = jdbi.inTransaction(handle -> {
                SandboxBankDao dao = Daos.of(handle, SandboxBankDao.class);
                Optional<SandboxPaymentRow> row = dao.lock(reference).filter(payment -> payment.status().equals("PENDING"));
                if (row.isEmpty()) {
                    return Optional.<Webhook>empty();
                }
                SandboxPaymentRow payment = row.get();
                dao.update(reference, declines(payment) ? "DECLINED" : "AUTHORISED", 0, 0, 0);
                String eventId = "evt_" + Tokens.random(12);
                ObjectNode event = JSON.createObjectNode()
                        .put("id", eventId)
                        .put("type", declines(payment) ? "authorisation.failed" : "authorisation.succeeded")
                        .put("reference", reference)
                        .put("message", declines(payment) ? payment.declineReason() : "");
                if (payment.paymentId() != null) {
                    event.put("payment", payment.paymentId().longValue());
                }
                String body = event.toString();
                Instant now = clock.instant();
                dao.insertTakenWebhook(eventId, reference, body, now, now.plus(DELIVERY_LEASE));
                return Optional.of(new Webhook(eventId, body.getBytes(StandardCharsets.UTF_8)));
            });
            booked.ifPresent(webhook -> {
                attempt(webhook, 0);
                if (settings.duplicates()) {
                    later(() -> redeliver(webhook.eventId()), settings.delay().toMillis());
                }
            });
        }
        catch (RuntimeException e) {
            log.error("Sandbox bank could not decide payment {}", reference, e);
        }
    }

    /** A webhook's event id and body, as signed and sent. */
    private record Webhook(String eventId, byte[] body) {
    }

    /**
     * Takes a webhook's next delivery attempt, the one after {@code attempts}, if this node wins it (another node's sweep
     * may try the same attempt), and makes it.
     */
    private void deliver(String eventId, int attempts) {
        if (jdbi.withExtension(SandboxBankDao.class, dao -> dao.claimWebhook(eventId, attempts, clock.instant().plus(DELIVERY_LEASE))) == 0) {
            return;
        }
        attempt(new Webhook(eventId, jdbi.withExtension(SandboxBankDao.class, dao -> dao.webhookBody(eventId)).getBytes(StandardCharsets.UTF_8)),
                attempts);
    }

    /**
     * Makes the delivery attempt after {@code attempts}, which this node holds; when the marketplace does not take the
     * webhook (it may not know the payment yet, or be down), books the next attempt, as real processors retry, up to
     * {@link #RETRY_DELAYS_MS}: this node makes it then, or any node's sweep once it is overdue.
     */
    private void attempt(Webhook webhook, int attempts) {
        String eventId = webhook.eventId();
        if (sendQuietly(eventId, webhook.body())) {
            jdbi.useExtension(SandboxBankDao.class, dao -> dao.delivered(eventId, clock.instant()));
            return;
        }
        if (attempts >= RETRY_DELAYS_MS.length) {
            log.error("Sandbox webhook {} given up after {} attempts", eventId, attempts + 1);
            jdbi.useExtension(SandboxBankDao.class, dao -> dao.retryAt(eventId, null));
            return;
        }
        long delay = RETRY_DELAYS_MS[attempts];
        jdbi.useExtension(SandboxBankDao.class, dao -> dao.retryAt(eventId, clock.instant().plusMillis(delay)));
        later(() -> deliver(eventId, attempts + 1), delay);
    }

    /** Sends a delivered webhook again, as processors sometimes do ({@code sandbox-card.duplicate-webhooks}). */
    private void redeliver(String eventId) {
        sendQuietly(eventId, jdbi.withExtension(SandboxBankDao.class, dao -> dao.webhookBody(eventId)).getBytes(StandardCharsets.UTF_8));
    }

    private boolean sendQuietly(String eventId, byte[] body) {
        try {
            return send(body);
        }
        catch (IOException | RuntimeException e) {
            log.debug("Sandbox webhook {} not taken", eventId, e);
            return false;
        }
    }

    /** Runs a step of the bank later on this node; when the node is closing, the sweep of another node (or of this one, restarted) does it. */
    private void later(Runnable step, long delayMillis) {
        try {
            bank.schedule(step, delayMillis, TimeUnit.MILLISECONDS);
        }
        catch (RejectedExecutionException e) {
            log.debug("Sandbox bank closing: a step is left to the sweep", e);
        }
    }

    private static boolean declines(SandboxPaymentRow payment) {
        return payment.declineReason() != null && !payment.declineReason().equals("CAPTURE");
    }

    /** Whether the marketplace took the webhook. */
    private boolean send(byte[] body) throws IOException {
        String header = signature.sign(body, clock.instant());
        if (settings.webhookUrl().isPresent()) {
            HttpRequest request = HttpRequest.newBuilder(settings.webhookUrl().get()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header(WebhookSignature.HEADER, header)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    log.debug("Sandbox webhook refused with {}: {}", response.statusCode(), response.body());
                    return false;
                }
                return true;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        Consumer<WebhookRequest> handler = inProcess.get();
        if (handler == null) {
            log.warn("Sandbox webhook dropped: no webhook URL and no in-process handler");
            return true;
        }
        handler.accept(new WebhookRequest(Map.of(WebhookSignature.HEADER, header, "content-type", "application/json"), body));
        return true;
    }

    @Override
    public Optional<WebhookNotification> verifyWebhook(WebhookRequest request) {
        signature.verify(request.header(WebhookSignature.HEADER).orElse(null), request.body(), clock.instant());
        JsonNode body;
        try {
            body = JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new WebhookRejectedException("body is not JSON");
        }
        String type = body.path("type").asText("");
        String id = body.path("id").asText("");
        String reference = body.path("reference").asText("");
        if (id.isEmpty() || reference.isEmpty()) {
            throw new WebhookRejectedException("webhook without id or reference");
        }
        Optional<WebhookNotification> notification = switch (type) {
            case "authorisation.succeeded" -> Optional.of(new WebhookNotification(id, reference, ProviderResult.Outcome.APPROVED, ""));
            case "authorisation.failed" -> Optional.of(new WebhookNotification(id, reference, ProviderResult.Outcome.DECLINED,
                    body.path("message").asText("declined")));
            default -> Optional.empty();
        };
        JsonNode payment = body.path("payment");
        if (!payment.isMissingNode() && !(payment.isIntegralNumber() && payment.canConvertToLong() && payment.asLong() > 0)) {
            throw new WebhookRejectedException("payment is not an id");
        }
        return payment.isMissingNode() ? notification : notification.map(found -> found.about(new PaymentId(payment.asLong())));
    }

    @Override
    public ProviderResult capture(PaymentOperation operation) {
        return operate(operation, "CAPTURE");
    }

    @Override
    public ProviderResult release(PaymentOperation operation) {
        return operate(operation, "RELEASE");
    }

    @Override
    public ProviderResult refund(PaymentOperation operation) {
        return operate(operation, "REFUND");
    }

    private ProviderResult operate(PaymentOperation operation, String kind) {
        return jdbi.inTransaction(handle -> {
            SandboxBankDao dao = Daos.of(handle, SandboxBankDao.class);
            Optional<SandboxOperationRow> earlier = dao.operation(operation.idempotencyKey());
            if (earlier.isPresent()) {
                SandboxOperationRow row = earlier.get();
                return new ProviderResult(ProviderResult.Outcome.valueOf(row.outcome()), row.reference(), row.message());
            }
            Optional<SandboxPaymentRow> locked = dao.lock(operation.providerReference());
            long amount = operation.amount().minorUnits();
            String refusal = locked.isEmpty() ? "paiement inconnu" : refusal(locked.get(), kind, amount);
            if (refusal == null) {
                SandboxPaymentRow payment = locked.get();
                switch (kind) {
                    case "CAPTURE" -> dao.update(payment.reference(), payment.status(), amount, 0, 0);
                    case "RELEASE" -> dao.update(payment.reference(), payment.status().equals("PENDING") ? "CANCELLED" : payment.status(), 0, amount, 0);
                    default -> dao.update(payment.reference(), payment.status(), 0, 0, amount);
                }
            }
            ProviderResult result = refusal == null ? ProviderResult.approved(operation.providerReference())
                    : ProviderResult.declined(operation.providerReference(), refusal);
            dao.insertOperation(operation.idempotencyKey(), operation.providerReference(), kind, amount, result.outcome().name(), result.message());
            return result;
        });
    }

    /** Why the bank refuses the operation, or null when it accepts. */
    private static String refusal(SandboxPaymentRow payment, String kind, long amount) {
        long held = payment.amount() - payment.captured() - payment.released();
        return switch (kind) {
            case "CAPTURE" -> !payment.status().equals("AUTHORISED") ? "paiement non autorisé"
                    : "CAPTURE".equals(payment.declineReason()) ? "capture refusée par la banque"
                    : amount > held ? "montant supérieur à l'autorisation" : null;
            case "RELEASE" -> payment.status().equals("DECLINED") || payment.status().equals("CANCELLED") ? null
                    : amount > held ? "montant supérieur à l'autorisation" : null;
            default -> amount > payment.captured() - payment.refunded() ? "montant supérieur au débit" : null;
        };
    }

    @Override
    public void close() {
        bank.shutdownNow();
    }
}
