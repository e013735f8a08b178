package io.comptoir.app.training;

import io.comptoir.app.AppConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The training plugin's mails link to the site's password page on the public address. */
final class TrainingMailLinksTest {

    @Test
    void trainingMailsLinkToThePasswordPageOnThePublicAddress() {
        assertThat(AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr/", "MARKETPLACE_SEED", "none")).engineProperties())
                .containsEntry("training.password-reset-url", "https://marche.example.fr/reinitialiser-mot-de-passe?jeton=");
    }
}
