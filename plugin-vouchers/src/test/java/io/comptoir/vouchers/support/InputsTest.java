package io.comptoir.vouchers.support;

import io.comptoir.engine.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plugin's own checks of what people type: no control character reaches the database or the mailer. */
final class InputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0001@b.fr", "a\u0000@b.fr", "a@b\u0000.fr", "a@b.f\u0000r", "a\u007f@b.fr", "a\u0085@b.fr", "a b@c.fr",
            "a\u00a0b@c.fr", "a\u2028b@c.fr", "a@b\tc.fr", "a\nb@c.fr", "a@b", "@b.fr", "a@@b.fr"})
    void anEmailWithABlankOrAControlCharacterIsRefusedNamingTheField(String email) {
        assertThatThrownBy(() -> Inputs.email("buyerEmail", Optional.of(email)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("buyerEmail"));
    }

    @Test
    void anEmailIsTrimmedAndLowerCasedAndMayBeInternational() {
        assertThat(Inputs.email("buyerEmail", Optional.of("  Lea.Martin@Example.org "))).contains("lea.martin@example.org");
        assertThat(Inputs.email("buyerEmail", Optional.of("chloé@exemple.fr"))).contains("chloé@exemple.fr");
        assertThat(Inputs.email("buyerEmail", Optional.of("   "))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tabac\u0000", "Tabac\u0001de la Place", "Tabac\nde la Place", "Tabac\rde la Place", "Tabac\tde la Place",
            "Tabac\u001bde la Place", "Tabac\u007f", "Tabac\u0085de la Place"})
    void aOneLineTextWithAControlCharacterIsRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> Inputs.text("name", name, 1, 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("name"));
    }

    @Test
    void aOneLineTextIsStrippedAndKeepsItsLetters() {
        assertThat(Inputs.text("name", "  Tabac de la Place — Saint-Omer ", 1, 200)).isEqualTo("Tabac de la Place — Saint-Omer");
        assertThat(Inputs.text("reason", null, 0, 500)).isEmpty();
    }

    @Test
    void aTextOfSeveralLinesKeepsLineBreaksAndTabsButNoOtherControlCharacter() {
        assertThat(Inputs.lines("description", "Première ligne\r\n\tdeuxième ligne\n", 0, 2000)).isEqualTo("Première ligne\r\n\tdeuxième ligne");
        assertThatThrownBy(() -> Inputs.lines("description", "Première\u0000ligne", 0, 2000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("description"));
        assertThatThrownBy(() -> Inputs.lines("description", "Première\u0007ligne", 0, 2000))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("description"));
    }
}
