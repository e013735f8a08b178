package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherOrigin;
import io.comptoir.vouchers.api.VoucherStatus;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class BlockAndReissueTest {

    @EachDatabase
    void aLostVoucherIsBlockedAndItsBalanceReissuedOnANewCodeForTheSameHolder(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher lost = market.sellGift(5000, Optional.of("claire@example.org")).vouchers().get(0);
            market.redeem(market.shoesStaff, market.shoes, lost, 1500);

            assertThatThrownBy(() -> market.vouchers().block(lost.id(), "perdu", market.shoesStaff)).isInstanceOf(NotFoundException.class);
            assertThat(market.vouchers().findByCode(lost.code().grouped().toLowerCase(), market.admin)).contains(market.reload(lost));
            Voucher blocked = market.vouchers().block(lost.id(), "perdu dans le bus", market.admin);
            assertThat(blocked.status()).isEqualTo(VoucherStatus.BLOCKED);
            assertThatThrownBy(() -> market.redeem(market.shoesStaff, market.shoes, lost, 100)).isInstanceOf(ConflictException.class)
                    .extracting("code").isEqualTo("voucher_blocked");

            Voucher replacement = market.vouchers().reissue(lost.id(), market.admin);
            Voucher again = market.vouchers().reissue(lost.id(), market.admin);

            assertThat(again.id()).isEqualTo(replacement.id());
            assertThat(replacement.code()).isNotEqualTo(lost.code());
            assertThat(replacement.origin()).isEqualTo(VoucherOrigin.REISSUE);
            assertThat(replacement.balance()).isEqualTo(Money.euros(3500));
            assertThat(replacement.expiresAt()).isEqualTo(lost.expiresAt());
            assertThat(replacement.replacesVoucherId()).contains(lost.id());
            assertThat(market.reload(lost).balance()).isEqualTo(Money.euros(0));
            assertThat(market.redeem(market.grocerStaff, market.grocer, replacement, 3500).balanceAfter()).isEqualTo(Money.euros(0));
            market.engine.deliverPendingEvents();
            assertThat(market.engine.mailOutbox().sentTo("claire@example.org", 5)).singleElement()
                    .satisfies(mail -> assertThat(mail.mail().body()).contains(replacement.code().grouped()));
            assertThatThrownBy(() -> market.vouchers().reissue(market.oneBooster().id(), market.admin)).isInstanceOf(ConflictException.class)
                    .extracting("code").isEqualTo("voucher_not_blocked");
            assertThat(market.audit().problems()).isEmpty();
        }
    }
}
