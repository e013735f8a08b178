package io.comptoir.engine.core.privacy;

import io.comptoir.engine.api.privacy.PersonalData;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/** What the plugins registered about the people whose data they keep, in registration order. */
@Singleton
public final class PersonalDataSections {
    private final List<PersonalData> sections = new CopyOnWriteArrayList<>();

    public void register(PersonalData personalData) {
        requireNonNull(personalData, "personalData is null");
        String name = requireNonNull(personalData.section(), "section is null");
        if (!name.matches("[a-z][a-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("a personal data section is named in lower case: " + name);
        }
        if (sections.stream().anyMatch(known -> known.section().equals(name))) {
            throw new IllegalStateException("two plugins keep personal data under the section " + name);
        }
        sections.add(personalData);
    }

    List<PersonalData> all() {
        return List.copyOf(sections);
    }
}
