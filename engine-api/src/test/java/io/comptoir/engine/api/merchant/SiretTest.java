package io.comptoir.engine.api.merchant;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

final class SiretTest {

    @Test
    void acceptsRealSiretNumbersAndRefusesTypos() {
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThat(Siret.isValid("7328293200007")).isFalse();
        assertThat(Siret.isValid("7328293200007A")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void laPosteEstablishmentsFollowTheirOwnRule() {
        assertThat(Siret.isValid("35600000049837")).as("digit sum multiple of 5").isTrue();
        assertThat(Siret.isValid("35600000000048")).as("head office, Luhn-valid").isTrue();
        assertThat(Siret.isValid("35600000049838")).isFalse();
    }

    @Test
    void everySingleDigitTypoOfAGeneratedSiretIsCaught() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < 500; n++) {
            String valid = withCheckDigit(random);
            assertThat(Siret.isValid(valid)).as("seed %d: %s", seed, valid).isTrue();
            for (int position = 0; position < 14; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != valid.charAt(position)) {
                        String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                        if (!typo.startsWith("356000000")) {
                            assertThat(Siret.isValid(typo)).as("seed %d: typo %s of %s", seed, typo, valid).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static String withCheckDigit(Random random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 13; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check <= 9; check++) {
            String candidate = digits.toString() + check;
            if (Siret.luhnValid(candidate) && !candidate.startsWith("356000000")) {
                return candidate;
            }
        }
        return withCheckDigit(random);
    }

    @Test
    void formatsInGroups() {
        assertThat(Siret.format("73282932000074")).isEqualTo("732 829 320 00074");
    }
}
