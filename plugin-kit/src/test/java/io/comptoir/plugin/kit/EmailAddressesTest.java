package io.comptoir.plugin.kit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class EmailAddressesTest {

    @Test
    void contactAddressesAreThoseOfEveryDayWithTheirCaseKept() {
        for (String good : List.of("bonjour@l-arbre-a-the.example", "Jean.Dupont@Boulangerie.fr", "contact@épicerie-du-marché.fr",
                "a+b@c.example")) {
            assertThat(EmailAddresses.isAddress(good)).as(good).isTrue();
            assertThat(EmailAddresses.isRecipient(good)).as(good).isTrue();
        }
        for (String bad : List.of("", "x", "@b.fr", "a@b", "a@b.c", "a@@b.fr", "a b@c.fr", "a@b.fr ", "a".repeat(65) + "@b.fr",
                "a@" + "b".repeat(250) + ".fr")) {
            assertThat(EmailAddresses.isAddress(bad)).as(bad).isFalse();
        }
        assertThat(EmailAddresses.isAddress(null)).isFalse();
    }

    /** The defect: a shop's address with U+0001 was stored, and the mailer then refused every order mail to it. */
    @Test
    void noRuleAcceptsAnAddressTheMailerRefuses() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String address = "a" + c + "@b.fr";
            if (EmailAddresses.isAddress(address) || EmailAddresses.accountAddress(address).isPresent()) {
                assertThat(EmailAddresses.isRecipient(address)).as("U+%04X", (int) c).isTrue();
            }
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                assertThat(EmailAddresses.isRecipient(address)).as("U+%04X", (int) c).isFalse();
                assertThat(EmailAddresses.isAddress(address)).as("U+%04X", (int) c).isFalse();
                assertThat(EmailAddresses.isAddress("ab@b" + c + "c.fr")).as("U+%04X", (int) c).isFalse();
            }
        }
        assertThat(EmailAddresses.isAddress("a\u0001@b.fr")).isFalse();
        assertThat(EmailAddresses.isAddress("a\u0085@b.fr")).as("a C1 control").isFalse();
        assertThat(EmailAddresses.isAddress("a\u2028@b.fr")).as("a line separator").isFalse();
    }

    @Test
    void anAccountsAddressIsTrimmedLowerCasedAndPlain() {
        assertThat(EmailAddresses.accountAddress("  Camille.Martin@Demo.Example ")).contains("camille.martin@demo.example");
        for (String bad : List.of("contact@épicerie.fr", "a..b@c.fr", ".a@c.fr", "a@c", "a@-c.fr", "a\u0001@b.fr", "a b@c.fr")) {
            assertThat(EmailAddresses.accountAddress(bad)).as(bad).isEmpty();
        }
        assertThat(EmailAddresses.accountAddress(null)).isEmpty();
    }
}
