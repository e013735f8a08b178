package io.comptoir.app.territory;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The folder is applied to the database at every start: communes and categories once, whatever the number of starts. */
final class TerritorySyncTest {

    @EachDatabase
    void appliesTheFolderOnceAndASecondStartAddsNothing(TestDatabase db) {
        TerritoryFolder territory = TerritoryReader.shippedDefault();
        try (Engine engine = TestMarketplace.engine(db, Optional.empty())) {
            TerritorySync sync = new TerritorySync(engine.territory(), engine.catalogue());
            Map<String, CategoryId> first = sync.apply(territory);
            assertThat(engine.territory().communes()).hasSize(89);
            assertThat(engine.territory().intercommunalities()).extracting(body -> body.code() + " " + body.sirenCode())
                    .containsExactlyInAnyOrder("CAPSO 200069037", "CCPL 246201016");
            assertThat(engine.territory().commune("62765")).hasValueSatisfying(commune -> assertThat(commune.postalCode()).isEqualTo("62500"));
            assertThat(first).hasSize(65).containsKey("chaussures");
            int categories = engine.catalogue().categories().size();
            assertThat(categories).isEqualTo(65);
            assertThat(engine.catalogue().category(first.get("chaussures"))).hasValueSatisfying(shoes -> {
                assertThat(shoes.name()).isEqualTo("Chaussures");
                assertThat(shoes.parentId()).contains(first.get("mode-chaussures"));
            });

            Map<String, CategoryId> second = sync.apply(territory);
            assertThat(second).isEqualTo(first);
            assertThat(engine.catalogue().categories()).hasSize(categories);
            assertThat(engine.territory().communes()).hasSize(89);
        }
    }
}
