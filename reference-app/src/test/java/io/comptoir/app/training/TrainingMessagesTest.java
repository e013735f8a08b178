package io.comptoir.app.training;

import io.comptoir.app.testing.Texts;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Localizer;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.ModuleState;
import io.comptoir.training.api.SessionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The training pages' words for the plugin's values (statuses, states, checklist items, form fields) exist in every language. */
final class TrainingMessagesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStateStatusChecklistItemAndFormFieldHasItsWords(Language language) {
        Localizer texts = Texts.in(language);
        List<String> keys = new ArrayList<>();
        Arrays.stream(ApplicationStatus.values()).forEach(status -> keys.add("training.application.status." + status.name()));
        Arrays.stream(ModuleState.values()).forEach(state -> keys.add("training.module.state." + state.name()));
        Arrays.stream(BookingState.values()).forEach(state -> keys.add("training.booking.state." + state.name()));
        Arrays.stream(MembershipState.values()).forEach(state -> keys.add("training.membership.state." + state.name()));
        Arrays.stream(SessionStatus.values()).forEach(status -> keys.add("training.session.status." + status.name()));
        for (String code : List.of("profile_complete", "products_published", "payout_account", "training_completed", "charter_accepted",
                "workshop_attended")) {
            keys.add("training.checklist." + code);
        }
        for (var component : ApplicationForm.class.getRecordComponents()) {
            keys.add("training.join.error." + component.getName());
        }
        assertThat(ApplicationFields.NAMES).containsExactlyElementsOf(Arrays.stream(ApplicationForm.class.getRecordComponents())
                .map(component -> component.getName()).toList());
        keys.addAll(List.of("training.nav.onboarding", "training.nav.courses", "training.nav.workshops", "training.admin.nav.applications"));
        assertThat(keys).allSatisfy(key -> assertThat(texts.has(key)).as(language + " " + key).isTrue());
    }
}
