package io.comptoir.training.course;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

final class PrerequisiteGraphTest {

    @Test
    void aTreeOfPrerequisitesHasNoCycle() {
        PrerequisiteGraph graph = new PrerequisiteGraph(List.of(new PrerequisiteRow(2, 1), new PrerequisiteRow(3, 1),
                new PrerequisiteRow(4, 2), new PrerequisiteRow(4, 3)));
        assertThat(graph.cycle()).isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        PrerequisiteGraph graph = new PrerequisiteGraph(List.of(new PrerequisiteRow(2, 1), new PrerequisiteRow(3, 2)));
        graph.set(1, Set.of(3L));
        assertThat(graph.cycle()).contains(List.of(1L, 3L, 2L, 1L));
    }

    @Test
    void replacingAModulesPrerequisitesCanRemoveACycle() {
        PrerequisiteGraph graph = new PrerequisiteGraph(List.of(new PrerequisiteRow(2, 1), new PrerequisiteRow(1, 2)));
        assertThat(graph.cycle()).isPresent();
        graph.set(1, Set.of());
        assertThat(graph.cycle()).isEmpty();
    }
}
