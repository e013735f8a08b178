package io.comptoir.engine.api.money;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

final class MoneyTest {
    private static final long BOUND = 1_000_000_000_000L;

    @Test
    void additionAndSubtractionAreInverseAndCommutative() {
        qt().forAll(longs().between(-BOUND, BOUND), longs().between(-BOUND, BOUND)).checkAssert((a, b) -> {
            Money x = Money.euros(a);
            Money y = Money.euros(b);
            assertThat(x.plus(y)).isEqualTo(y.plus(x));
            assertThat(x.plus(y).minus(y)).isEqualTo(x);
            assertThat(x.minus(y).negate()).isEqualTo(y.minus(x));
        });
    }

    @Test
    void allocationAlwaysSumsToTheWholeAndStaysWithinOneUnitOfTheExactShare() {
        qt().forAll(longs().between(-BOUND, BOUND), lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 8))
                .assuming((amount, ratios) -> ratios.stream().mapToLong(Long::longValue).sum() > 0)
                .checkAssert((amount, ratios) -> {
                    Money[] parts = Money.euros(amount).allocate(ratios.stream().mapToLong(Long::longValue).toArray());
                    long total = ratios.stream().mapToLong(Long::longValue).sum();
                    assertThat(Arrays.stream(parts).mapToLong(Money::minorUnits).sum()).isEqualTo(amount);
                    for (int i = 0; i < parts.length; i++) {
                        double exact = (double) amount * ratios.get(i) / total;
                        assertThat(Math.abs(parts[i].minorUnits() - exact)).isLessThanOrEqualTo(1.0 + 1e-6 * Math.abs(exact));
                        assertThat(Long.signum(parts[i].minorUnits()) * Long.signum(amount)).isGreaterThanOrEqualTo(0);
                    }
                });
    }

    @Test
    void theHappyKdoVoucherSplitsTenTwelfthsBuyerAndTwoTwelfthsFunders() {
        Money[] split = Money.euros(1200).allocate(1000, 200);
        assertThat(split).containsExactly(Money.euros(1000), Money.euros(200));
        Money[] oneEuro = Money.euros(100).allocate(1000, 200);
        assertThat(oneEuro).containsExactly(Money.euros(83), Money.euros(17));
    }

    @Test
    void decimalTextRoundTrips() {
        qt().forAll(longs().between(-BOUND, BOUND)).checkAssert(cents -> {
            Money money = Money.euros(cents);
            assertThat(Money.parse(money.toDecimal().toPlainString(), Money.EUR)).isEqualTo(money);
        });
        assertThat(Money.parse("12,5", Money.EUR)).isEqualTo(Money.euros(1250));
        assertThatThrownBy(() -> Money.parse("12.345", Money.EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("douze", Money.EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mixingCurrenciesIsRefused() {
        Money euros = Money.euros(100);
        Money pounds = new Money(100, Currency.getInstance("GBP"));
        assertThatThrownBy(() -> euros.plus(pounds)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> euros.compareTo(pounds)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE).plus(Money.euros(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE / 2 + 1).times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formatsForFrenchReaders() {
        assertThat(Money.euros(1250).format(Locale.FRANCE)).isEqualTo("12,50\u00a0€");
        assertThat(Money.euros(1250).toString()).isEqualTo("12.50 EUR");
    }
}
