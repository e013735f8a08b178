package io.comptoir.engine.api.order;

import io.comptoir.engine.api.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.comptoir.engine.api.order.MerchantOrderStatus.CANCELLED;
import static io.comptoir.engine.api.order.MerchantOrderStatus.PENDING_PAYMENT;
import static io.comptoir.engine.api.order.MerchantOrderStatus.PLACED;
import static org.assertj.core.api.Assertions.assertThat;

class StatusChangeTest {
    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void onlyTheEngineCancellingAnOrderAwaitingItsPaymentIsARefusedPayment() {
        assertThat(new StatusChange(PENDING_PAYMENT, CANCELLED, OrderAction.CANCEL, Actor.system("engine"), AT, "").paymentRefused()).isTrue();
        assertThat(new StatusChange(PENDING_PAYMENT, CANCELLED, OrderAction.CANCEL, Actor.account(7), AT, "").paymentRefused())
                .as("the shopper giving up").isFalse();
        assertThat(new StatusChange(PLACED, CANCELLED, OrderAction.CANCEL, Actor.system("engine"), AT, "").paymentRefused()).isFalse();
    }
}
