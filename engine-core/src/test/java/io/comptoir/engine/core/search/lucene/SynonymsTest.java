package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SynonymsTest {

    @Test
    void groupsAreReadAfterTheIndexsAnalysisBothWays() {
        Synonyms synonyms = Synonyms.parse(List.of("# Pays de Saint-Omer", "", "Chicons, endives", "genièvre, péket, péquet"), "test");
        assertThat(synonyms.of("chicon")).containsExactly("endiv");
        assertThat(synonyms.of("endiv")).containsExactly("chicon");
        assertThat(synonyms.of(FrenchTextAnalysis.stem("peket"))).containsExactlyInAnyOrder("genievr", FrenchTextAnalysis.stem("pequet"));
        assertThat(synonyms.of("pain")).isEmpty();
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> Synonyms.parse(List.of("chicons, endives", "pomme de terre, patate"), "synonyms.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("synonyms.txt, line 2").hasMessageContaining("pomme de terre");
        assertThatThrownBy(() -> Synonyms.parse(List.of("chicons"), "synonyms.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 1").hasMessageContaining("two words");
    }
}
