package io.comptoir.plugin.kit;

import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Collections of the kit's JDBI bound as one SQL array, on both databases, by the kit's own factory. */
final class CollectionArraysTest {

    interface Labels {
        @SqlUpdate("CREATE TABLE label (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL)")
        void create();

        @SqlUpdate("INSERT INTO label (id, name) VALUES (:id, :name)")
        void insert(@Bind("id") long id, @Bind("name") String name);

        @SqlQuery("SELECT name FROM label WHERE id = ANY(:ids) ORDER BY id")
        List<String> named(@Bind("ids") List<Long> ids);

        @SqlQuery("SELECT id FROM label WHERE name = ANY(:names) ORDER BY id")
        List<Long> ids(@Bind("names") Set<String> names);

        @SqlQuery("SELECT COUNT(*) FROM label WHERE id <> ALL(:ids)")
        int countBut(@Bind("ids") Collection<Long> ids);
    }

    @EachDatabase
    void listsAndSetsOfLongsAndStringsAreBoundAsOneArray(TestDatabase db) {
        Jdbi jdbi = Jdbis.create(db.dataSource());
        jdbi.useHandle(handle -> {
            Labels labels = handle.attach(Labels.class);
            labels.create();
            labels.insert(1, "bio");
            labels.insert(2, "local");
            labels.insert(3, "vrac");

            assertThat(labels.named(List.of(3L, 1L, 99L))).containsExactly("bio", "vrac");
            assertThat(labels.named(List.of())).isEmpty();
            assertThat(labels.ids(Set.of("local", "vrac", "aucun"))).containsExactly(2L, 3L);
            assertThat(labels.countBut(List.of(2L))).isEqualTo(2);
            assertThat(labels.countBut(List.of())).as("nothing excluded").isEqualTo(3);

            Object argument = handle.getConfig(Arguments.class).prepareFor(new GenericType<List<Long>>() { }.getType()).orElseThrow()
                    .apply(List.of(1L));
            assertThat(argument.getClass().getName()).as("bound by the kit's factory").contains("CollectionArrays");
            assertThat(handle.getConfig(Arguments.class).prepareFor(new GenericType<List<Integer>>() { }.getType()).orElseThrow()
                    .apply(List.of(1)).getClass().getName()).as("other element types left to JDBI").doesNotContain("CollectionArrays");
        });
    }
}
