package io.comptoir.engine.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineApiTest {

    @Test
    void aPluginBuiltAgainstAVersionWorksWithTheLaterMinorsOfItsMajor() {
        assertThat(EngineApi.compatibleWith("1.0")).isEqualTo("[1.0,2.0)");
        assertThat(EngineApi.compatibleWith("2.3")).isEqualTo("[2.3,3.0)");
        assertThat(EngineApi.satisfies(EngineApi.compatibleWith(EngineApi.VERSION), EngineApi.VERSION)).isTrue();
    }

    @Test
    void rangesAreReadAsInMaven() {
        assertThat(EngineApi.satisfies("[1.0,2.0)", "1.0")).isTrue();
        assertThat(EngineApi.satisfies("[1.0,2.0)", "1.9")).isTrue();
        assertThat(EngineApi.satisfies("[1.0,2.0)", "2.0")).isFalse();
        assertThat(EngineApi.satisfies("[1.2,2.0)", "1.1")).isFalse();
        assertThat(EngineApi.satisfies("(1.2,2.0]", "1.2")).isFalse();
        assertThat(EngineApi.satisfies("(1.2,2.0]", "2.0")).isTrue();
        assertThat(EngineApi.satisfies("[1.10,)", "1.9")).as("numbers, not text").isFalse();
        assertThat(EngineApi.satisfies("[1.10,)", "7.0")).isTrue();
        assertThat(EngineApi.satisfies("(,1.5)", "0.4")).isTrue();
        assertThat(EngineApi.satisfies("[1.1]", "1.1")).isTrue();
        assertThat(EngineApi.satisfies("[1.1]", "1.2")).isFalse();
        assertThat(EngineApi.satisfies(" [ 1.0 , 2.0 ) ", "1.5")).isTrue();
    }

    @Test
    void aMalformedRangeOrVersionIsRefusedByName() {
        for (String range : new String[] {"1.0", "[1.0,2.0", "[,]", "[1.x,2.0)", "", "[1.0;2.0)"}) {
            assertThatThrownBy(() -> EngineApi.satisfies(range, "1.0")).as(range).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> EngineApi.satisfies("[1.0,2.0)", "1")).hasMessageContaining("major.minor");
    }
}
