package io.comptoir.plugin.kit;

import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.jdbi.v3.core.Handle;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    @EachDatabase
    void aSqlMethodIsPreparedOnceForEveryHandleAndRunsOnTheCallersOwn(TestDatabase db) throws Exception {
        Jdbi jdbi = Jdbis.create(db.dataSource());
        List<String> prepared = Collections.synchronizedList(new ArrayList<>());
        jdbi.getConfig(Extensions.class).registerConfigCustomizerFactory(new ConfigCustomizerFactory() {
            @Override
            public Collection<ConfigCustomizer> forExtensionMethod(Class<?> extensionType, Method method) {
                return List.of(config -> prepared.add(method.getName()));
            }
        });
        jdbi.useHandle(handle -> handle.attach(Notes.class).create());

        // two handles at once (opened apart: a nested useHandle would reuse the thread's), each SqlObject in its own handle's transaction
        try (Handle first = jdbi.open(); Handle second = jdbi.open()) {
            assertThat(second).isNotSameAs(first);
            Notes mine = first.attach(Notes.class);
            Notes theirs = second.attach(Notes.class);
            first.begin();
            mine.insertBoth(new Note(1, "un"), new Note(2, "deux"), Instant.EPOCH);
            assertThat(mine.count()).isEqualTo(2);
            assertThat(theirs.count()).as("another transaction's rows, not committed").isZero();
            assertThat(mine.getHandle()).isSameAs(first);
            assertThat(theirs.getHandle()).isSameAs(second);
            first.rollback();
            assertThat(mine.count()).isZero();
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> inserts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long id = 100 + i;
                inserts.add(threads.submit(() -> jdbi.inTransaction(handle -> {
                    Notes notes = handle.attach(Notes.class);
                    notes.insert(id, "note " + id, Instant.EPOCH);
                    return notes.getHandle() == handle && notes.note(id).orElseThrow().text().equals("note " + id);
                })));
            }
            for (Future<Boolean> insert : inserts) {
                assertThat(insert.get()).as("each thread's SqlObject ran on its own handle").isTrue();
            }
        }
        finally {
            threads.shutdownNow();
        }
        int count = jdbi.withHandle(handle -> handle.attach(Notes.class).count());
        assertThat(count).isEqualTo(200);
        assertThat(prepared).as("each SQL method prepared once for the Jdbi, a default method once per handle")
                .filteredOn(name -> !name.equals("insertBoth")).containsExactlyInAnyOrder("create", "insert", "count", "getHandle", "note");
        assertThat(prepared).filteredOn("insertBoth"::equals).hasSize(1);
    }
}
