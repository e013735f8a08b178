package io.comptoir.stripe.book;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CommissionTest {

    @Test
    void theCommissionIsRoundedDownToTheCentInTheShopsFavour() {
        Commission rate = Commission.parsePercent("2,5");
        assertThat(rate.basisPoints()).isEqualTo(250);
        assertThat(rate.of(1999)).isEqualTo(49);
        assertThat(rate.shopShareOf(1999)).isEqualTo(1950);
        assertThat(Commission.parsePercent("100").of(1234)).isEqualTo(1234);
        assertThat(Commission.NONE.of(1234)).isZero();
        assertThat(rate).hasToString("2.5 %");
        for (String bad : new String[] {"-0.01", "100.01", "1.234", "un"}) {
            assertThatThrownBy(() -> Commission.parsePercent(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theShopAndTheTerritoryShareEveryCentAndTheShopNeverPaysMoreThanTheRate() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            Commission rate = new Commission(random.nextInt(10_001));
            long net = random.nextInt(10_000_000);
            long commission = rate.of(net);
            assertThat(commission + rate.shopShareOf(net)).as("seed %d", seed).isEqualTo(net);
            assertThat(commission * 10_000L).as("seed %d", seed).isLessThanOrEqualTo(net * rate.basisPoints());
            assertThat((commission + 1) * 10_000L).as("seed %d", seed).isGreaterThan(net * rate.basisPoints());
        }
    }
}
