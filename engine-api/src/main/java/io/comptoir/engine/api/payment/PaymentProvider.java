package io.comptoir.engine.api.payment;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SPI: a way to pay. The engine records every call as a {@link PaymentTransaction} and drives the
 * {@link PaymentStatus} from the results; the provider moves the money (or the voucher balance).
 *
 * <p>Every operation carries an idempotency key: called twice with the same key, a provider must answer the same
 * and move money once. A provider that settles asynchronously answers {@link ProviderResult.Outcome#PENDING} and
 * later posts a signed webhook to {@code /api/v1/payments/<id>/webhook}, which the engine hands to
 * {@link #verifyWebhook}.
 *
 * <p>Writing a real card processor (Stripe, Mollie, PayPlug) against this SPI: {@link #authorise} creates a payment
 * intent with manual capture and returns PENDING (3-D Secure happens on the processor's page); {@link #verifyWebhook}
 * checks the processor's signature header over the raw body and maps its "authorised"/"failed" events;
 * {@link #capture} captures the shop's share (processors that allow one capture only should authorise one payment
 * per shop, or book the share as accepted and capture every accepted share at the last shop's decision, as the Stripe
 * plugin does); {@link #release} cancels or reduces the authorisation; {@link #refund} refunds part of a capture;
 * {@link #authorisationStatus} retrieves the payment intent by the idempotency key (or its id). Pass the engine's
 * idempotency key as the processor's idempotency key. A processor whose shopper approves the payment on its own page
 * says where with {@link #approvalUrl}; one that cannot pay some shops (each shop paid on an account of its own, a voucher
 * taken only by the shops of its programme) says which and why with {@link #refusal}.
 *
 * <p>Crashes: the engine writes a tender's payment before it calls {@link #authorise}, so every authorisation a provider
 * grants has a payment that names it by key ({@code checkout-<order id>-<tender position>}). When the engine does not know
 * how an authorisation ended (it crashed before recording the answer, or the webhook is late), or gave an order up while
 * one of its tenders was pending, it asks {@link #authorisationStatus} — at start-up and every few seconds, from whichever
 * node — and settles the order, or releases what the provider still holds for an order that failed.
 */
public interface PaymentProvider {

    /** Stable identifier used in URLs and records, e.g. {@code sandbox-card}. */
    String id();

    /** What shoppers read, e.g. "Carte bancaire". */
    default String displayName() {
        return id();
    }

    /**
     * Whether the engine captures this tender's share when the shop accepts its order (the default), or whether the shop
     * captures it by marking the order paid ({@code pay-at-pickup}).
     */
    default boolean capturesOnAcceptance() {
        return true;
    }

    /**
     * Why this way of paying cannot pay that shop at all, whatever the shopper's details, or empty when it can: a processor
     * that pays each shop on an account of its own (Stripe Connect) cannot pay a shop whose account is not ready to receive
     * money; a voucher provider cannot pay a shop that takes part in none of its programmes. The engine asks it, together with
     * the shop's own choice of the ways to pay it accepts, to answer which shops of a basket refuse which way to pay and why
     * ({@link Payments#paymentOptions}): checkout pages tell the shopper before they choose, and a checkout never lets a tender
     * pay a shop that refuses its way to pay. Called for every shop of every basket shown: answer from memory or one indexed
     * read. The default asks {@link #canPay}, its older form without a reason.
     */
    default Optional<PaymentRefusal> refusal(MerchantId merchant) {
        return canPay(merchant) ? Optional.empty()
                : Optional.of(new PaymentRefusal(PaymentRefusal.CANNOT_PAY_SHOP, displayName() + " ne peut pas payer cette boutique"));
    }

    /**
     * Whether this way of paying can pay that shop at all. The default: every shop.
     *
     * @deprecated since engine API 1.1: implement {@link #refusal}, which says why; the engine asks only {@code refusal}, whose
     *             default still consults this method for providers written before it
     */
    @Deprecated(since = "1.1")
    default boolean canPay(MerchantId merchant) {
        return true;
    }

    /**
     * Checks the tender before anything is authorised and says what it can pay. The default: every shop it does not
     * {@link #refusal refuse}, without limit. The engine never lets a tender pay a shop that refuses its way to pay, whatever
     * this answers.
     *
     * @param dueByMerchant what each shop of the basket is owed
     * @throws InvalidInputException naming the detail at fault by its key in {@link TenderRequest#details()} ({@code code}
     *         for an unknown voucher code, {@code card} for a card number that is not one), with a code of a fixed
     *         vocabulary: the checkout answers it naming the tender's detail, {@code tenders[i].details.code}
     */
    default TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
        return new TenderCapacity(dueByMerchant.keySet().stream().filter(merchant -> refusal(merchant).isEmpty()).collect(Collectors.toSet()),
                Optional.empty(), displayName());
    }

    ProviderResult authorise(Authorisation request);

    /**
     * Where the shopper approves a tender that is still {@link PaymentStatus#PENDING} on the processor's own page (a hosted
     * payment page such as Stripe Checkout, where the card is typed and 3-D Secure happens; no card data reaches the
     * marketplace), if they must go anywhere: the checkout sends the shopper there, and the processor sends them back to
     * their order. Empty (the default) when the processor needs nothing more from the shopper, or no longer.
     */
    default Optional<String> approvalUrl(Payment payment) {
        return Optional.empty();
    }

    ProviderResult capture(PaymentOperation operation);

    /** Gives back part or all of an authorisation that will not be captured. */
    ProviderResult release(PaymentOperation operation);

    ProviderResult refund(PaymentOperation operation);

    /**
     * Where the authorisation the engine asked for with {@code query.idempotencyKey()} stands now. Must not move money. A
     * provider that keeps a record of its authorisations should answer it, so that the engine can settle an order whose
     * answer it lost in a crash at once, rather than after its payment timeout, and release money held for an order that
     * failed. The default answers {@link AuthorisationStatus.State#UNKNOWN}: the engine then waits for the webhook or for
     * its payment timeout, as it did before this method existed.
     *
     * @return {@link AuthorisationStatus.State#NOT_FOUND} only when the provider is sure it never received the
     *         authorisation (and will not grant it later)
     */
    default AuthorisationStatus authorisationStatus(AuthorisationQuery query) {
        return AuthorisationStatus.unknown();
    }

    /**
     * Verifies a webhook's signature and reads it. The default refuses every webhook.
     *
     * @return empty for a genuine notification the engine need not act on
     * @throws WebhookRejectedException when it cannot be trusted or read
     */
    default Optional<WebhookNotification> verifyWebhook(WebhookRequest request) {
        throw new WebhookRejectedException(id() + " sends no webhooks");
    }
}
