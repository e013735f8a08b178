package io.comptoir.app.vouchers;

import io.comptoir.app.AppConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The vouchers plugin's mails link to the wallet page on the public address, or else on the local port. */
final class VoucherMailLinksTest {

    @Test
    void voucherMailsLinkToTheWalletOnThePublicAddressOrElseOnTheLocalPort() {
        assertThat(AppConfig.fromEnvironment(Map.of("PUBLIC_URL", "https://marche.example.fr/", "MARKETPLACE_SEED", "none")).engineProperties())
                .containsEntry("vouchers.wallet-url", "https://marche.example.fr/mes-bons");
        assertThat(AppConfig.fromEnvironment(Map.of("PORT", "8080")).engineProperties())
                .containsEntry("vouchers.wallet-url", "http://localhost:8080/mes-bons");
        assertThat(AppConfig.fromEnvironment(Map.of("DISABLED_FEATURES", "vouchers")).engineProperties()).doesNotContainKey("vouchers.wallet-url");
    }
}
