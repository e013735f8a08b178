package com.example.shop;

import io.comptoir.engine.api.event.EngineEvents;
import io.comptoir.engine.api.event.EventField;
import io.comptoir.engine.api.event.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's event catalogue names every event of engine-api's {@link EngineEvents} and every key of its data. */
final class EventCatalogueDocumentedTest {

    @Test
    void theReadmeListsEveryEngineEventAndItsData() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        String catalogue = readme.substring(readme.indexOf("### The event catalogue"), readme.indexOf("### Engine configuration"));
        for (EventType type : EngineEvents.all()) {
            String family = type.name().substring(0, type.name().indexOf('.'));
            String move = type.name().substring(family.length());
            String row = catalogue.lines().filter(line -> line.contains("`" + type.name() + "`")
                    || (line.contains("`" + family + ".") && line.contains("`" + move + "`"))).findFirst().orElse("");
            assertThat(row).as("the README's row of %s", type.name()).isNotEmpty();
            for (EventField field : type.fields()) {
                assertThat(row).as("%s's key %s", type.name(), field.key()).contains("`" + field.key() + "`");
            }
        }
    }
}
