package io.comptoir.app.merchant;

import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The back-office forms read into the engine's types, problems named on the field at fault. */
final class FormsTest {

    private static HoursForm hours(Map<DayOfWeek, List<HoursForm.Slot>> given) {
        Map<DayOfWeek, List<HoursForm.Slot>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<HoursForm.Slot> slots = new ArrayList<>(given.getOrDefault(day, List.of()));
            while (slots.size() < 2) {
                slots.add(new HoursForm.Slot("", ""));
            }
            days.put(day, slots);
        }
        return new HoursForm(2, days);
    }

    @Test
    void theWeeklyFormRoundTripsOpeningHours() {
        OpeningHours original = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:30-18:00");
        HoursForm form = HoursForm.of(original);
        assertThat(form.slots()).isEqualTo(2);
        assertThat(form.on(DayOfWeek.MONDAY)).containsExactly(new HoursForm.Slot("09:00", "12:00"), new HoursForm.Slot("14:00", "19:00"));
        assertThat(form.on(DayOfWeek.SUNDAY)).containsExactly(new HoursForm.Slot("", ""), new HoursForm.Slot("", ""));
        assertThat(form.toOpeningHours()).isEqualTo(original);
        assertThat(HoursForm.of(OpeningHours.parse("Mo 08:00-09:00,10:00-11:00,12:00-13:00")).slots()).as("more slots kept").isEqualTo(3);
    }

    @Test
    void hoursAreReadInTheFormsPeopleTypeAndProblemsNameTheirField() {
        assertThat(hours(Map.of(DayOfWeek.TUESDAY, List.of(new HoursForm.Slot("9h00", "12h30")))).toOpeningHours())
                .isEqualTo(OpeningHours.parse("Tu 09:00-12:30"));
        assertThatThrownBy(() -> hours(Map.of(DayOfWeek.TUESDAY, List.of(new HoursForm.Slot("09:00", "")))).toOpeningHours())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("hours.TUESDAY.0.closes"));
        assertThatThrownBy(() -> hours(Map.of(DayOfWeek.FRIDAY, List.of(new HoursForm.Slot("14:00", "12:00")))).toOpeningHours())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("invalid_hours_order"));
        assertThatThrownBy(() -> hours(Map.of(DayOfWeek.FRIDAY, List.of(new HoursForm.Slot("09:00", "13:00"), new HoursForm.Slot("12:00", "18:00"))))
                .toOpeningHours()).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("hours.FRIDAY.1.opens"));
        assertThatThrownBy(() -> hours(Map.of(DayOfWeek.MONDAY, List.of(new HoursForm.Slot("24:00", "25:00")))).toOpeningHours())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("invalid_time"));
    }

    private static ProductForm form(List<ProductForm.Row> rows) {
        return new ProductForm("Miel", "", "4", List.of("Poids", ""), rows);
    }

    private static ProductForm.Row row(String sku, String weight, String price, String stock) {
        return new ProductForm.Row(sku, List.of(weight, ""), price, stock, false, false);
    }

    @Test
    void blankRowsAreIgnoredWithdrawnRowsLeftOutAndReferencesMadeWhenMissing() {
        ProductDraft draft = form(List.of(row("MIEL-250", "250 g", "5,50", "3"), row("", "", "", ""),
                row("", "500 g", "9.9", ""), new ProductForm.Row("MIEL-1K", List.of("1 kg", ""), "17", "1", true, true)))
                .toDraft(List.of(), Money.EUR);

        assertThat(draft.variants()).hasSize(2);
        assertThat(draft.variants().get(0).options()).containsExactly(new VariantOption("Poids", "250 g"));
        assertThat(draft.variants().get(0).price()).isEqualTo(Money.euros(550));
        assertThat(draft.variants().get(1).sku()).matches("REF-[A-Z2-9]{6}");
        assertThat(draft.variants().get(1).price()).isEqualTo(Money.euros(990));
        assertThat(draft.variants().get(1).stock()).isZero();
    }

    @Test
    void eachRowProblemNamesItsRowAndField() {
        assertThatThrownBy(() -> form(List.of(row("A", "1", "5", "1"), row("B", "2", "12,345", "1"))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("variant.1.price"));
        assertThatThrownBy(() -> form(List.of(row("A", "1", "5", "-2"))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("variant.0.stock"));
        assertThatThrownBy(() -> form(List.of(row("A", "1", "5", "1"), row("A", "2", "5", "1"))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("variant.1.sku"));
        assertThatThrownBy(() -> form(List.of(row("A B", "1", "5", "1"))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("variant.0.sku"));
        assertThatThrownBy(() -> form(List.of(row("", "", "", ""))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("invalid_variants"));
        assertThatThrownBy(() -> new ProductForm("Miel", "", "", List.of(""), List.of(row("A", "", "5", "1"))).toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("category"));
        assertThatThrownBy(() -> new ProductForm("Miel", "", "4", List.of("", ""), List.of(row("A", "250 g", "5", "1")))
                .toDraft(List.of(), Money.EUR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("option.0.name"));
    }

    @Test
    void addingRowsAndColumnsStopsAtTheEnginesLimits() {
        ProductForm form = ProductForm.blank();
        for (int i = 0; i < 200; i++) {
            form = form.withRow().withOptionColumn();
        }
        assertThat(form.rows()).hasSize(VariantRules.MAX_VARIANTS);
        assertThat(form.optionNames()).hasSize(VariantRules.MAX_OPTIONS);
        assertThat(form.rows()).allSatisfy(row -> assertThat(row.values()).hasSize(VariantRules.MAX_OPTIONS));
    }
}
