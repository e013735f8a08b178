package io.comptoir.engine.core.territory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The SQL of the territory's settings: their version (the one row every save locks first), the fields set, the featured
 * shops' positions on the merchant table, and the audit trail.
 */
@RegisterConstructorMapper(SettingsDao.FieldRow.class)
@RegisterConstructorMapper(SettingsDao.ShopRow.class)
@RegisterConstructorMapper(SettingsDao.ChangeRow.class)
interface SettingsDao {

    record FieldRow(String name, String settingValue) {
    }

    record ShopRow(long id, String status, boolean featured) {
    }

    record ChangeRow(long id, long version, String field, String oldValue, String newValue, String actor, Instant changedAt) {
    }

    @SqlQuery("SELECT version FROM territory_settings WHERE id = 1")
    long version();

    /**
     * Serialises every change of the settings, the featured shops' included: taken first, before any merchant row. A write
     * of the row (that changes nothing) waits for the change holding it to commit; the version read after it is the one
     * that change committed.
     */
    default long lockVersion() {
        touch();
        return version();
    }

    @SqlUpdate("UPDATE territory_settings SET version = version WHERE id = 1")
    void touch();

    @SqlUpdate("UPDATE territory_settings SET version = :version, changed_at = :now, changed_by = :actor WHERE id = 1")
    void setVersion(@Bind("version") long version, @Bind("now") Instant now, @Bind("actor") String actor);

    @SqlQuery("SELECT name, setting_value FROM territory_setting ORDER BY name")
    List<FieldRow> fields();

    @SqlUpdate("DELETE FROM territory_setting WHERE name = :name")
    int deleteField(@Bind("name") String name);

    @SqlUpdate("INSERT INTO territory_setting (name, setting_value) VALUES (:name, :value)")
    void insertField(@Bind("name") String name, @Bind("value") String value);

    @SqlQuery("SELECT id FROM merchant WHERE featured ORDER BY featured_position, id")
    List<Long> featuredShops();

    @SqlQuery("SELECT id, status, featured FROM merchant WHERE id = ANY(:ids)")
    List<ShopRow> shops(@Bind("ids") Collection<Long> ids);

    @SqlUpdate("UPDATE merchant SET featured = FALSE, featured_position = NULL, updated_at = :now WHERE id = :id")
    void unfeature(@Bind("id") long id, @Bind("now") Instant now);

    /** Features a shop at a position, or moves it there; {@code updated_at} changes only with whether it is featured. */
    @SqlUpdate("""
            UPDATE merchant SET featured_position = :position,
                   updated_at = CASE WHEN featured THEN updated_at ELSE :now END, featured = TRUE
            WHERE id = :id""")
    void feature(@Bind("id") long id, @Bind("position") int position, @Bind("now") Instant now);

    @SqlBatch("""
            INSERT INTO territory_setting_change (version, field, old_value, new_value, actor, changed_at)
            VALUES (:version, :field, :oldValue, :newValue, :actor, :changedAt)""")
    void record(@Bind("version") long version, @Bind("field") List<String> fields, @Bind("oldValue") List<String> before,
                @Bind("newValue") List<String> after, @Bind("actor") String actor, @Bind("changedAt") Instant now);

    @SqlQuery("""
            SELECT id, version, field, old_value, new_value, actor, changed_at FROM territory_setting_change
            ORDER BY id DESC LIMIT :limit OFFSET :offset""")
    List<ChangeRow> history(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM territory_setting_change")
    int historySize();
}
