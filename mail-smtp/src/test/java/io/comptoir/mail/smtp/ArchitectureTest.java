package io.comptoir.mail.smtp;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.comptoir.engine.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The module's architecture rules (see {@link ArchitectureRules}). */
final class ArchitectureTest {
    private static final String PACKAGE = "io.comptoir.mail.smtp";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(PACKAGE);

    @Test
    void theTransportSeesEngineApiAndJakartaMailOnly() {
        ArchitectureRules.mailTransportSeesOnlyTheApi(PACKAGE).check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(PACKAGE).check(CLASSES);
    }
}
