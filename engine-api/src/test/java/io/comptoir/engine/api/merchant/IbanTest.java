package io.comptoir.engine.api.merchant;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

final class IbanTest {

    @Test
    void acceptsRealIbansWrittenAnyWayAndRefusesWrongKeys() {
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 189")).isTrue();
        assertThat(Iban.isValid("fr7630006000011234567890189")).isTrue();
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 188")).isFalse();
        assertThat(Iban.isValid("FR7630006000011234567890")).as("a French IBAN has 27 characters").isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void everySingleCharacterTypoOfAGeneratedFrenchIbanIsCaught() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder bban = new StringBuilder();
            for (int i = 0; i < 23; i++) {
                bban.append(random.nextInt(10));
            }
            String iban = "FR" + Iban.checkDigits("FR", bban.toString()) + bban;
            assertThat(Iban.isValid(iban)).as("seed %d: %s", seed, iban).isTrue();
            for (int position = 2; position < iban.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != iban.charAt(position)) {
                        String typo = iban.substring(0, position) + digit + iban.substring(position + 1);
                        assertThat(Iban.isValid(typo)).as("seed %d: typo %s of %s", seed, typo, iban).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void masksTheMiddleForDisplay() {
        assertThat(Iban.masked("FR7630006000011234567890189")).isEqualTo("FR76 •••• •••• 0189");
    }
}
