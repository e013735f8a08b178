package io.comptoir.engine.core.catalogue;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CategoryRow.class)
public interface CategoryDao {

    @SqlQuery("SELECT id, parent_id, slug, name, position FROM category ORDER BY position, name, id")
    List<CategoryRow> all();

    @SqlQuery("SELECT id, parent_id, slug, name, position FROM category WHERE id = :id")
    Optional<CategoryRow> find(@Bind("id") long id);

    @SqlQuery("SELECT id, parent_id, slug, name, position FROM category WHERE slug = :slug")
    Optional<CategoryRow> findBySlug(@Bind("slug") String slug);

    @SqlQuery("SELECT COUNT(*) FROM category WHERE slug = :slug")
    int countSlug(@Bind("slug") String slug);

    @SqlQuery("SELECT COALESCE(MAX(position) + 1, 0) FROM category WHERE parent_id IS NOT DISTINCT FROM CAST(:parentId AS BIGINT)")
    int nextPosition(@Bind("parentId") Long parentId);

    @SqlUpdate("INSERT INTO category (parent_id, slug, name, position) VALUES (:parentId, :slug, :name, :position)")
    @GetGeneratedKeys("id")
    long insert(@Bind("parentId") Long parentId, @Bind("slug") String slug, @Bind("name") String name, @Bind("position") int position);

    /** The category and all its descendants (the tree is small: walk it in memory). */
    default List<Long> subtreeIds(long rootId) {
        return subtreeIds(all(), rootId);
    }

    /** The category and all its descendants among the given rows. */
    static List<Long> subtreeIds(List<CategoryRow> all, long rootId) {
        List<Long> result = new ArrayList<>();
        if (all.stream().noneMatch(row -> row.id() == rootId)) {
            return result;
        }
        Deque<Long> pending = new ArrayDeque<>(List.of(rootId));
        while (!pending.isEmpty()) {
            long id = pending.pop();
            result.add(id);
            all.stream().filter(row -> row.parentId() != null && row.parentId() == id).forEach(row -> pending.push(row.id()));
        }
        return result;
    }
}
