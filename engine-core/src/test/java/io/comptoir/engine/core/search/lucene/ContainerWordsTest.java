package io.comptoir.engine.core.search.lucene;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words of a query say how the thing comes rather than what it is. */
class ContainerWordsTest {

    @Test
    void aContainerIsOnlyAWordBeforeDeAndAnotherWord() {
        try (FrenchTextAnalysis analysis = new FrenchTextAnalysis()) {
            assertThat(TextQueries.containers(analysis.words("bouteille de vin"))).containsExactly(0);
            assertThat(TextQueries.containers(analysis.words("Pot de miel de bruyère"))).containsExactly(0);
            assertThat(TextQueries.containers(analysis.words("bouteille d'eau"))).containsExactly(0);
            assertThat(TextQueries.containers(analysis.words("boîtes de chocolats"))).containsExactly(0);
            assertThat(TextQueries.containers(analysis.words("bouteille"))).isEmpty();
            assertThat(TextQueries.containers(analysis.words("vin en bouteille"))).isEmpty();
            assertThat(TextQueries.containers(analysis.words("bouteille vin"))).isEmpty();
            assertThat(TextQueries.containers(analysis.words("pain de campagne"))).isEmpty();
        }
    }
}
