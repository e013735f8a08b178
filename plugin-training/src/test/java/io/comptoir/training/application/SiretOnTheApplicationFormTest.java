package io.comptoir.training.application;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.training.api.ApplicationForm;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The SIRET of the public form: 14 digits whose Luhn key is right. QuickTheories reports the seed of any failure. */
final class SiretOnTheApplicationFormTest {
    private static final ApplicationFormValidator VALIDATOR = new ApplicationFormValidator(new OneCommune());

    private static ApplicationForm form(String siret) {
        return new ApplicationForm("Épicerie du Marché", siret, "Épicerie fine", "12 rue de Dunkerque", "62500", "62765",
                "Claire Martin", "claire.martin@example.org", "03 21 00 00 00", "");
    }

    private static boolean accepted(String siret) {
        try {
            VALIDATOR.validate(form(siret));
            return true;
        }
        catch (InvalidInputException e) {
            assertThat(e.field()).contains("siret");
            return false;
        }
    }

    /** Thirteen random digits and the Luhn digit that completes them; never La Poste's SIREN, which has a rule of its own. */
    private static Gen<String> validSirets() {
        return lists().of(integers().between(0, 9)).ofSize(13)
                .map(digits -> digits.stream().map(String::valueOf).collect(Collectors.joining()))
                .assuming(body -> !body.startsWith("356000000"))
                .map(body -> body + luhnDigit(body));
    }

    private static int luhnDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void realLookingExamplesAreCheckedByTheirKey() {
        assertThat(accepted("73282932000074")).isTrue();
        assertThat(accepted("732 829 320 00074")).isTrue();
        assertThat(accepted("35600000000048")).isTrue();
        assertThat(accepted("73282932000075")).isFalse();
        assertThat(accepted("7328293200007")).isFalse();
        assertThat(accepted("732829320000740")).isFalse();
        assertThat(accepted("7328293200007A")).isFalse();
        assertThat(accepted("")).isFalse();
        assertThat(VALIDATOR.validate(form(" 732 829 320 00074 ")).siret()).isEqualTo("73282932000074");
    }

    @Test
    void everyWellFormedSiretIsAccepted() {
        qt().withExamples(1000).forAll(validSirets()).checkAssert(siret -> assertThat(accepted(siret)).as(siret).isTrue());
    }

    @Test
    void changingAnyOneDigitIsCaught() {
        qt().withExamples(1000).forAll(validSirets(), integers().between(0, 13), integers().between(1, 9))
                .checkAssert((siret, position, shift) -> {
                    char[] digits = siret.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
                    String wrong = new String(digits);
                    assertThat(accepted(wrong)).as(siret + " → " + wrong).isFalse();
                });
    }

    @Test
    void swappingTwoNeighbouringDigitsIsCaughtExceptZeroAndNineWhichLuhnCannotTellApart() {
        qt().withExamples(1000).forAll(validSirets(), integers().between(0, 12))
                .assuming((siret, position) -> siret.charAt(position) != siret.charAt(position + 1)
                        && !(isZeroOrNine(siret.charAt(position)) && isZeroOrNine(siret.charAt(position + 1))))
                .checkAssert((siret, position) -> {
                    char[] digits = siret.toCharArray();
                    char swap = digits[position];
                    digits[position] = digits[position + 1];
                    digits[position + 1] = swap;
                    String wrong = new String(digits);
                    assertThat(accepted(wrong)).as(siret + " → " + wrong).isFalse();
                });
    }

    private static boolean isZeroOrNine(char digit) {
        return digit == '0' || digit == '9';
    }

    @Test
    void theOtherFieldsAreCheckedToo() {
        assertThatThrownBy(() -> VALIDATOR.validate(new ApplicationForm("Épicerie", "73282932000074", "Épicerie", "1 rue", "62500", "59350",
                "Claire", "claire@example.org", "0321000000", ""))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).contains("communeInsee"));
    }

    /** A territory of one commune, Saint-Omer. */
    private static final class OneCommune implements Territory {
        private static final Commune SAINT_OMER = new Commune("62765", "Saint-Omer", "62500", "CAPSO", 14_000);

        @Override
        public List<Intercommunality> intercommunalities() {
            return List.of();
        }

        @Override
        public List<Commune> communes() {
            return List.of(SAINT_OMER);
        }

        @Override
        public Optional<Commune> commune(String inseeCode) {
            return SAINT_OMER.inseeCode().equals(inseeCode) ? Optional.of(SAINT_OMER) : Optional.empty();
        }

        @Override
        public void saveIntercommunality(Intercommunality intercommunality) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveCommune(Commune commune) {
            throw new UnsupportedOperationException();
        }
    }
}
