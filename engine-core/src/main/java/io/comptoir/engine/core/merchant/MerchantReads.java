package io.comptoir.engine.core.merchant;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reads of a shop, apart from {@link MerchantDao}: attaching a SqlObject prepares every method of its interface,
 * so the pages that show a shop, read far more often than shops change, attach only these.
 */
@RegisterRowMapper(MerchantRow.Mapper.class)
@RegisterRowMapper(MerchantCategoryRow.Mapper.class)
public interface MerchantReads {
    String COLUMNS = """
            id, slug, name, legal_id, trade, description, street, postal_code, commune_insee, email, phone, website,
            opening_hours, status, featured, photo_key, photo_alt, created_at, updated_at""";

    @SqlQuery("SELECT " + COLUMNS + " FROM merchant WHERE id = :id")
    Optional<MerchantRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM merchant WHERE slug = :slug")
    Optional<MerchantRow> findBySlug(@Bind("slug") String slug);

    @SqlQuery("""
            SELECT merchant_id, category_id FROM merchant_category
            WHERE merchant_id = ANY(:ids) ORDER BY merchant_id, position""")
    List<MerchantCategoryRow> categoriesOf(@Bind("ids") Collection<Long> merchantIds);
}
