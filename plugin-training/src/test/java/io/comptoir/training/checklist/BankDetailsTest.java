package io.comptoir.training.checklist;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Iban;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The bank details item of the onboarding checklist: an IBAN checked with its mod-97 key. */
final class BankDetailsTest {

    @EachDatabase
    void theBankDetailsItemIsDoneOnlyWithAnIbanWhoseKeyIsRight(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            for (String wrong : new String[] {"FR7630006000011234567890188", "FR76 3000 6000 0112 3456 7890 18", "DE89370400440532013001",
                    "FR763000600001123456789018X", ""}) {
                assertThatThrownBy(() -> market.engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Épicerie", wrong, ""),
                        TestMarketplace.SYSTEM)).as(wrong).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("iban"));
            }
            assertThat(payoutItem(market, shop).blocks()).isTrue();

            market.engine.merchants().updatePayoutAccount(shop.id(), new BankAccount("Épicerie du Marché SARL",
                    "fr76 3000 6000 0112 3456 7890 189", ""), TestMarketplace.SYSTEM);
            assertThat(payoutItem(market, shop).done()).isTrue();
            assertThat(market.engine.merchants().payoutAccount(shop.id())).hasValueSatisfying(account ->
                    assertThat(account.iban()).isEqualTo("FR7630006000011234567890189"));
        }
    }

    private static ChecklistItem payoutItem(TestMarketplace market, Merchant shop) {
        return market.engine.onboarding().checklist(shop.id()).stream().filter(item -> item.code().equals("payout_account")).findFirst().orElseThrow();
    }

    /** French IBANs: FR, two check digits, a 23-digit national number. QuickTheories reports the seed of any failure. */
    private static Gen<String> frenchIbans() {
        return lists().of(integers().between(0, 9)).ofSize(23)
                .map(digits -> digits.stream().map(String::valueOf).collect(Collectors.joining()))
                .map(bban -> "FR" + Iban.checkDigits("FR", bban) + bban);
    }

    @Test
    void everyIbanWithItsComputedKeyIsValid() {
        qt().withExamples(1000).forAll(frenchIbans()).checkAssert(iban -> assertThat(Iban.isValid(iban)).as(iban).isTrue());
    }

    @Test
    void changingOneDigitOrSwappingTwoNeighboursIsCaught() {
        qt().withExamples(1000).forAll(frenchIbans(), integers().between(2, 26), integers().between(1, 9)).checkAssert((iban, position, shift) -> {
            char[] chars = iban.toCharArray();
            chars[position] = (char) ('0' + (chars[position] - '0' + shift) % 10);
            assertThat(Iban.isValid(new String(chars))).as(iban + " digit " + position).isFalse();
        });
        qt().withExamples(1000).forAll(frenchIbans(), integers().between(2, 25))
                .assuming((iban, position) -> iban.charAt(position) != iban.charAt(position + 1))
                .checkAssert((iban, position) -> {
                    char[] chars = iban.toCharArray();
                    char swap = chars[position];
                    chars[position] = chars[position + 1];
                    chars[position + 1] = swap;
                    assertThat(Iban.isValid(new String(chars))).as(iban + " swap " + position).isFalse();
                });
    }
}
