package io.comptoir.stripe.api;

import io.comptoir.engine.api.money.Money;

import java.util.Currency;

import static java.util.Objects.requireNonNull;

/**
 * What card shares moved at Stripe over a period, and what is owed now.
 *
 * @param captured the shares of the charges captured (the charges' balance transactions, split by shop)
 * @param refunded refunded to the shoppers' cards after the capture
 * @param commission what the territory keeps: its rate on what was captured, less what it gave back with refunds
 * @param transferred paid to the shops' connected accounts: transfers less reversals
 * @param owed what the shops are owed now, whatever the period: captured − refunded − commission − transferred over all
 *             time, waiting for their orders to be collected or delivered (or for a transfer Stripe refused to be tried again)
 */
public record CardTotals(Money captured, Money refunded, Money commission, Money transferred, Money owed) {
    public CardTotals {
        requireNonNull(captured, "captured is null");
        requireNonNull(refunded, "refunded is null");
        requireNonNull(commission, "commission is null");
        requireNonNull(transferred, "transferred is null");
        requireNonNull(owed, "owed is null");
    }

    public static CardTotals zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new CardTotals(zero, zero, zero, zero, zero);
    }

    public CardTotals plus(CardTotals other) {
        return new CardTotals(captured.plus(other.captured), refunded.plus(other.refunded), commission.plus(other.commission),
                transferred.plus(other.transferred), owed.plus(other.owed));
    }
}
