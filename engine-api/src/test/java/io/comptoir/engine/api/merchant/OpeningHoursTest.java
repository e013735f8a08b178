package io.comptoir.engine.api.merchant;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class OpeningHoursTest {

    @Test
    void parsesDayRangesAndSeveralSlotsPerDay() {
        OpeningHours hours = OpeningHours.parse("Tu-Sa 07:00-13:00,15:00-19:30; Su 07:00-12:30");
        assertThat(hours.on(DayOfWeek.MONDAY)).isEmpty();
        assertThat(hours.on(DayOfWeek.WEDNESDAY)).containsExactly(
                new OpeningHours.TimeRange(LocalTime.of(7, 0), LocalTime.of(13, 0)),
                new OpeningHours.TimeRange(LocalTime.of(15, 0), LocalTime.of(19, 30)));
        assertThat(hours.on(DayOfWeek.SUNDAY)).hasSize(1);
    }

    @Test
    void textFormRoundTripsAndGroupsEqualDays() {
        OpeningHours hours = OpeningHours.parse("Mo 09:00-19:00; Tu 09:00-19:00; We 09:00-19:00; Sa 10:00-12:00");
        assertThat(hours.toText()).isEqualTo("Mo-We 09:00-19:00; Sa 10:00-12:00");
        assertThat(OpeningHours.parse(hours.toText())).isEqualTo(hours);
        assertThat(OpeningHours.parse("").isEmpty()).isTrue();
    }

    @Test
    void tellsWhetherTheShopIsOpen() {
        OpeningHours hours = OpeningHours.parse("Tu-Sa 09:00-12:00,14:00-19:00");
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 24, 0, 0);
        assertThat(hours.isOpenAt(tuesday.withHour(10))).isTrue();
        assertThat(hours.isOpenAt(tuesday.withHour(12))).isFalse();
        assertThat(hours.isOpenAt(tuesday.withHour(19))).isFalse();
        assertThat(hours.isOpenAt(tuesday.minusDays(1).withHour(10))).isFalse();
    }

    @Test
    void refusesUnreadableOrOverlappingHours() {
        assertThatThrownBy(() -> OpeningHours.parse("Lu 09:00-12:00")).hasMessageContaining("unknown day");
        assertThatThrownBy(() -> OpeningHours.parse("Mo 9h-12h")).hasMessageContaining("bad time");
        assertThatThrownBy(() -> OpeningHours.parse("Mo 12:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningHours.parse("Mo 09:00-12:00,11:00-13:00")).hasMessageContaining("overlapping");
    }
}
