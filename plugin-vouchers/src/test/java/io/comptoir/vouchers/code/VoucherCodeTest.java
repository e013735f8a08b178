package io.comptoir.vouchers.code;

import io.comptoir.vouchers.api.VoucherCode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class VoucherCodeTest {
    private static final String DATA = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK = DATA + "*~$=U";

    @Test
    void aCodeIsTwelveCrockfordSymbolsAndACheckSymbolWrittenInGroups() {
        VoucherCode code = VoucherCode.random(new Random(42));

        assertThat(code.value()).hasSize(13).matches("[0-9A-HJKMNP-TV-Z]{12}[0-9A-HJKMNP-TV-Z*~$=U]");
        assertThat(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.").isEqualTo(code.value().substring(0, 4) + "-"
                + code.value().substring(4, 8) + "-" + code.value().substring(8, 12) + "-" + code.value().charAt(12));
        assertThat(VoucherCode.parse(code.grouped())).contains(code);
    }

    @Test
    void everySingleCharacterSubstitutionIsCaughtByTheCheckSymbol() {
        Random random = new Random(20201114);
        for (int sample = 0; sample < 200; sample++) {
            String code = VoucherCode.random(random).value();
            for (int position = 0; position < code.length(); position++) {
                String alphabet = position < 12 ? DATA : CHECK;
                for (char replacement : alphabet.toCharArray()) {
                    if (replacement == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                    assertThat(VoucherCode.parse(typo)).as("typo %s of %s", typo, code).isEmpty();
                }
            }
        }
    }

    @Test
    void swappingTwoNeighbouringSymbolsIsCaughtToo() {
        Random random = new Random(7);
        for (int sample = 0; sample < 500; sample++) {
            String code = VoucherCode.random(random).value();
            for (int position = 0; position < 11; position++) {
                if (code.charAt(position) == code.charAt(position + 1)) {
                    continue;
                }
                String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position) + code.substring(position + 2);
                assertThat(VoucherCode.parse(swapped)).as("swap in %s", code).isEmpty();
            }
        }
    }

    @Test
    void readingIsTolerantOfCaseSpacesDashesAndTheLettersMistakenForDigits() {
        VoucherCode code = codeContaining('0', '1');
        String typed = code.grouped().toLowerCase(Locale.ROOT).replace('0', 'o').replaceFirst("1", "l").replace('1', 'i').replace("-", " - ");

        assertThat(VoucherCode.parse(typed)).contains(code);
        assertThat(VoucherCode.parse("  " + code.value() + " ")).contains(code);
    }

    @Test
    void textThatIsNotACodeIsRefused() {
        VoucherCode code = VoucherCode.random(new Random(3));

        assertThat(VoucherCode.parse(null)).isEmpty();
        assertThat(VoucherCode.parse("")).isEmpty();
        assertThat(VoucherCode.parse(code.value().substring(0, 12))).isEmpty();
        assertThat(VoucherCode.parse(code.value() + "0")).isEmpty();
        assertThat(VoucherCode.parse(code.value().substring(0, 11) + "U" + code.value().charAt(12))).isEmpty();
        assertThat(VoucherCode.parse("x".repeat(1000))).isEmpty();
        assertThatThrownBy(() -> VoucherCode.of(code.value().toLowerCase(Locale.ROOT))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesCarrySixtyRandomBitsAndNeverShowInFullWhenPrinted() {
        Set<String> seen = new HashSet<>();
        CodeGenerator generator = new CodeGenerator();
        for (int i = 0; i < 10_000; i++) {
            seen.add(generator.next().value());
        }
        VoucherCode code = generator.next();

        assertThat(seen).hasSize(10_000);
        assertThat(code.toString()).isEqualTo(code.masked()).startsWith("****-****-*").endsWith(code.value().substring(9, 12) + "-"
                + code.value().charAt(12)).doesNotContain(code.value().substring(0, 9));
        assertThat(code.lastFour()).isEqualTo(code.value().substring(9));
    }

    private static VoucherCode codeContaining(char first, char second) {
        Random random = new Random(11);
        while (true) {
            VoucherCode code = VoucherCode.random(random);
            String data = code.value().substring(0, 12);
            if (data.indexOf(first) >= 0 && data.indexOf(second) >= 0) {
                return code;
            }
        }
    }
}
