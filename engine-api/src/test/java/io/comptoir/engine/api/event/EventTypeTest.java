package io.comptoir.engine.api.event;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.comptoir.engine.api.event.EventField.optional;
import static io.comptoir.engine.api.event.EventField.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypeTest {
    private static final EventType EARNED = EventType.of("loyalty.points_earned", "loyalty_card", "points were credited",
            required("shopperId", FieldType.ID, "the shopper"), required("points", FieldType.INTEGER, "points"),
            optional("note", FieldType.TEXT, "why"));

    @Test
    void dataIsCheckedAgainstTheDeclaration() {
        assertThat(EARNED.problems(Map.of("shopperId", "7", "points", "12"))).isEmpty();
        assertThat(EARNED.problems(Map.of("shopperId", "0", "points", "twelve", "colour", "red")))
                .containsExactlyInAnyOrder("shopperId is not a positive whole number, a record's id: 0",
                        "points is not a whole number: twelve", "colour is not declared");
        assertThat(EARNED.problems(Map.of("points", "1"))).containsExactly("shopperId is missing");
        assertThatThrownBy(() -> EARNED.event("7", Map.of("points", "1"), Actor.system("test")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("event loyalty.points_earned: shopperId is missing");
        PendingEvent event = EARNED.event("7", Map.of("shopperId", "7", "points", "12"), Actor.system("test"));
        assertThat(event.type()).isEqualTo("loyalty.points_earned");
        assertThat(event.aggregateType()).isEqualTo("loyalty_card");
    }

    @Test
    void moneyComesWithItsCurrency() {
        assertThatThrownBy(() -> EventType.of("shop.sold", "shop", "sold", required("total", FieldType.MONEY, "total")))
                .hasMessageContaining("no required currency field");
        DomainEvent event = new DomainEvent(3, "merchant_order.collected", "merchant_order", "12",
                Map.of("total", "1250", "currency", "EUR", "shopperId", "7", "hidden", "true"), Actor.system("test"), Instant.EPOCH);
        assertThat(event.money("total")).isEqualTo(Money.euros(1250));
        assertThat(event.longValue("shopperId")).isEqualTo(7);
        assertThat(event.booleanValue("hidden")).isTrue();
        assertThatThrownBy(() -> event.text("number")).hasMessageContaining("has no number");
    }

    @Test
    void theEngineCatalogueIsWellFormed() {
        List<EventType> all = EngineEvents.all();
        Set<String> names = new HashSet<>();
        for (EventType type : all) {
            assertThat(names.add(type.name())).as(type.name()).isTrue();
            assertThat(type.publishedWhen()).as(type.name()).isNotBlank();
            assertThat(type.name()).startsWith(type.aggregateType() + ".");
        }
        assertThat(all).hasSize(37);
        for (EventType type : EngineEvents.MerchantOrders.ALL) {
            assertThat(type.field(EngineEvents.MerchantOrders.SHOPPER_ID)).as(type.name()).hasValueSatisfying(field -> assertThat(field.required()).isTrue());
            assertThat(type.field(EventType.CURRENCY)).as(type.name()).isPresent();
        }
        assertThat(EngineEvents.MerchantOrders.of("ready_for_pickup")).contains(EngineEvents.MerchantOrders.READY_FOR_PICKUP);
        assertThat(EngineEvents.MerchantOrders.of("READY_FOR_PICKUP")).contains(EngineEvents.MerchantOrders.READY_FOR_PICKUP);
    }
}
