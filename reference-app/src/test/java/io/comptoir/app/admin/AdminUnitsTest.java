package io.comptoir.app.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of the territory's back-office that need no server. */
final class AdminUnitsTest {

    @Test
    void resetLinksAndOtherLongTokensAreMaskedButOrdinaryTextStays() {
        String body = "Bonjour,\nPour choisir un nouveau mot de passe : https://achetez.example/mot-de-passe/q8D-Zr2_x9LkM0pA7bYc3vWn1 (valable une heure)."
                + "\nOu https://achetez.example/reinit?token=ABCDEFGHIJKLMNOPQRSTUVWXYZ012345\nCommande C-000123, 12,50 €.";

        String masked = MailView.mask(body);

        assertThat(masked).doesNotContain("q8D-Zr2_x9LkM0pA7bYc3vWn1").doesNotContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
                .contains("https://achetez.example/mot-de-passe/••••••••").contains("token=••••••••")
                .contains("Commande C-000123, 12,50 €.").contains("Pour choisir un nouveau mot de passe");
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(ShopSearch.fold("Le Rucher d’Arques")).isEqualTo("le rucher d arques");
        assertThat(ShopSearch.fold("ÉPICERIE  du Marché!")).isEqualTo("epicerie du marche");
        assertThat(ShopSearch.fold("Le Rucher d’Arques")).contains(ShopSearch.fold("rucher D'ARQUES"));
    }

    @Test
    void theVisitsChartHasRoundGridLinesAboveTheBusiestDay() {
        assertThat(VisitsChart.niceStep(1)).isEqualTo(1);
        assertThat(VisitsChart.niceStep(4)).isEqualTo(1);
        assertThat(VisitsChart.niceStep(5)).isEqualTo(2);
        assertThat(VisitsChart.niceStep(8)).isEqualTo(2);
        assertThat(VisitsChart.niceStep(9)).isEqualTo(5);
        assertThat(VisitsChart.niceStep(20)).isEqualTo(5);
        assertThat(VisitsChart.niceStep(21)).isEqualTo(10);
        assertThat(VisitsChart.niceStep(1032)).isEqualTo(500);
        for (long max = 1; max < 100_000; max = max * 3 + 1) {
            long step = VisitsChart.niceStep(max);
            assertThat(4 * step).as("max " + max).isGreaterThanOrEqualTo(max);
            assertThat(4 * step).as("max " + max).isLessThan(10 * max + 10);
        }
    }
}
