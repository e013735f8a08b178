package io.comptoir.app.shopping;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.payment.PaymentOption;
import io.comptoir.engine.api.payment.ShopRefusal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the checkout offers for a basket, from the engine's one answer to which shops refuse which way to pay and why
 * ({@code Payments.paymentOptions}), in the reader's words. A main tender (card, payment at pickup) pays everything the
 * vouchers leave, at every shop: it is offered only when every shop of the basket accepts it. A voucher pays the shops that
 * accept vouchers: it is offered when one does, and the page says which do not. When no main tender is accepted by every
 * shop, the basket cannot be paid in one order: {@link #splitAdvice} says what each shop accepts, so that the shopper orders
 * from them separately.
 *
 * @param ways every way to pay of the marketplace, in the engine's order
 * @param splitAdvice empty when a main tender suits every shop; otherwise one line per shop, "Le Rucher : paiement au retrait"
 */
public record PaymentChoices(List<Way> ways, List<String> splitAdvice) {

    public PaymentChoices {
        ways = List.copyOf(ways);
        splitAdvice = List.copyOf(splitAdvice);
    }

    /**
     * One way to pay for this basket.
     *
     * @param partial a voucher, which pays only the shops that take it, another way paying the rest
     * @param main one of the tenders that pay the rest of the basket ({@link Tenders#mainTenders()})
     * @param refusals the shops that refuse it, in words
     */
    public record Way(String method, String name, boolean partial, boolean main, List<Refusal> refusals) {
        public Way {
            requireNonNull(method, "method is null");
            requireNonNull(name, "name is null");
            refusals = List.copyOf(refusals);
        }

        public boolean acceptedByEveryShop() {
            return refusals.isEmpty();
        }

        /** The sentences saying who refuses it and why. */
        public List<String> messages() {
            return refusals.stream().map(Refusal::message).toList();
        }
    }

    /** A shop that refuses a way to pay: "La boutique Le Rucher n’accepte pas le paiement au retrait." */
    public record Refusal(MerchantId merchant, String merchantName, String code, String message) {
    }

    /**
     * @param options the engine's answer for the basket's shops
     * @param shops the basket's shops and their names, in the basket's order
     * @param mainTenders the main tenders the checkout runs
     */
    public static PaymentChoices of(List<PaymentOption> options, Map<MerchantId, String> shops, List<String> mainTenders, PaymentTexts texts) {
        List<Way> ways = new ArrayList<>();
        for (PaymentOption option : options) {
            List<Refusal> refusals = option.refusals().stream().map((ShopRefusal refusal) -> new Refusal(refusal.merchant(), refusal.merchantName(),
                    refusal.refusal().code(), texts.refusal(refusal.merchantName(), option.method(), option.displayName(), refusal.refusal())))
                    .toList();
            ways.add(new Way(option.method(), texts.name(option.method(), option.displayName()), option.method().equals(Tenders.VOUCHER),
                    mainTenders.contains(option.method()), refusals));
        }
        List<Way> main = ways.stream().filter(Way::main).toList();
        List<String> advice = new ArrayList<>();
        if (!shops.isEmpty() && !main.isEmpty() && main.stream().noneMatch(Way::acceptedByEveryShop)) {
            Map<MerchantId, List<String>> accepted = new LinkedHashMap<>();
            shops.keySet().forEach(shop -> accepted.put(shop, new ArrayList<>()));
            for (Way way : main) {
                accepted.forEach((shop, names) -> {
                    if (way.refusals().stream().noneMatch(refusal -> refusal.merchant().equals(shop))) {
                        names.add(way.name());
                    }
                });
            }
            accepted.forEach((shop, names) -> advice.add(names.isEmpty() ? texts.shopAcceptsNothing(shops.get(shop))
                    : texts.shopAccepts(shops.get(shop), String.join(", ", names))));
        }
        return new PaymentChoices(ways, advice);
    }

    public Optional<Way> way(String method) {
        return ways.stream().filter(way -> way.method().equals(method)).findFirst();
    }

    /** The main tenders the shopper may choose: those every shop accepts. */
    public List<String> allowedMainTenders() {
        return ways.stream().filter(way -> way.main() && way.acceptedByEveryShop()).map(Way::method).toList();
    }

    /** Whether vouchers can pay part of the basket: they run and a shop of it takes them. */
    public boolean vouchersUsable(int shopCount) {
        return way(Tenders.VOUCHER).filter(way -> way.refusals().size() < shopCount).isPresent();
    }

    /** Whether no main tender suits every shop: the basket is to be split. */
    public boolean splitSuggested() {
        return !splitAdvice.isEmpty();
    }
}
