package io.comptoir.plugin.kit;

import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigCustomizer;
import org.jdbi.v3.core.extension.ConfigCustomizerFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SqlObjects of the kit's JDBI: each method prepared when first called, and working as JDBI's own do. */
final class LazySqlObjectsTest {

    record Note(long id, String text) {
    }

    @RegisterRowMapper(NoteMapper.class)
    interface Notes extends SqlObject {
        @SqlUpdate("CREATE TABLE note (id BIGINT PRIMARY KEY, text VARCHAR(100) NOT NULL, at TIMESTAMP WITH TIME ZONE)")
        void create();

        @SqlUpdate("INSERT INTO note (id, text, at) VALUES (:id, :text, :at)")
        int insert(@Bind("id") long id, @Bind("text") String text, @Bind("at") Instant at);

        @SqlQuery("SELECT id, text FROM note WHERE id = :id")
        Optional<Note> note(@Bind("id") long id);

        @SqlQuery("SELECT at FROM note WHERE id = :id")
        Instant at(@Bind("id") long id);

        @SqlQuery("SELECT COUNT(*) FROM note")
        int count();

        default int insertBoth(Note first, Note second, Instant at) {
            return insert(first.id(), first.text(), at) + insert(second.id(), second.text(), at);
        }
    }

    public static final class NoteMapper implements RowMapper<Note> {
        @Override
        public Note map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
            return new Note(rs.getLong("id"), rs.getString("text"));
        }
    }

    @EachDatabase
    void aMethodIsPreparedWhenFirstCalledAndOncePerSqlObject(TestDatabase db) {
        Jdbi jdbi = Jdbis.create(db.dataSource());
        List<String> prepared = new ArrayList<>();
        jdbi.getConfig(Extensions.class).registerConfigCustomizerFactory(new ConfigCustomizerFactory() {
            @Override
            public Collection<ConfigCustomizer> forExtensionMethod(Class<?> extensionType, Method method) {
                return List.of(config -> prepared.add(method.getName()));
            }
        });

        jdbi.useHandle(handle -> {
            Notes notes = handle.attach(Notes.class);
            assertThat(prepared).as("attaching prepares nothing").isEmpty();
            notes.create();
            notes.insertBoth(new Note(1, "premier"), new Note(2, "second"), Instant.parse("2026-12-07T10:15:30.123456789Z"));
            notes.insert(3, "troisième", Instant.EPOCH);

            assertThat(prepared).containsExactly("create", "insertBoth", "insert");
            assertThat(notes.note(2)).contains(new Note(2, "second"));
            assertThat(notes.note(9)).isEmpty();
            assertThat(notes.at(1)).as("the kit's instants, truncated to the microsecond").isEqualTo(Instant.parse("2026-12-07T10:15:30.123456Z"));
            assertThat(notes.count()).isEqualTo(3);
            assertThat(notes.getHandle()).isSameAs(handle);
            assertThat(notes).isEqualTo(notes).isNotEqualTo(handle.attach(Notes.class)).hasToString(notes.toString());
        });
        assertThat(prepared).containsExactly("create", "insertBoth", "insert", "note", "at", "count", "getHandle");
    }
}
