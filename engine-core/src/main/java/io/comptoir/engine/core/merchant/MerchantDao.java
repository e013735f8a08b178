package io.comptoir.engine.core.merchant;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(MerchantRow.Mapper.class)
@RegisterRowMapper(MerchantCategoryRow.Mapper.class)
@RegisterConstructorMapper(StatusCount.class)
public interface MerchantDao extends MerchantReads {

    @SqlQuery("SELECT id FROM merchant WHERE external_ref = :ref")
    Optional<Long> idByExternalRef(@Bind("ref") String ref);

    @SqlQuery("SELECT external_ref FROM merchant WHERE id = :id AND external_ref IS NOT NULL")
    Optional<String> externalRef(@Bind("id") long id);

    @SqlUpdate("UPDATE merchant SET external_ref = :ref WHERE id = :id")
    void setExternalRef(@Bind("id") long id, @Bind("ref") String ref);

    @SqlUpdate("""
            INSERT INTO merchant (slug, name, legal_id, trade, description, street, postal_code, commune_insee, email,
                                  phone, website, opening_hours, status, featured, photo_key, photo_alt, created_at, updated_at)
            VALUES (:slug, :name, :legalId, :trade, :description, :street, :postalCode, :communeInsee, :email,
                    :phone, :website, :openingHours, :status, FALSE, :photoKey, :photoAlt, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("slug") String slug, @Bind("name") String name, @Bind("legalId") String legalId,
                @Bind("trade") String trade, @Bind("description") String description, @Bind("street") String street,
                @Bind("postalCode") String postalCode, @Bind("communeInsee") String communeInsee,
                @Bind("email") String email, @Bind("phone") String phone, @Bind("website") String website,
                @Bind("openingHours") String openingHours, @Bind("status") String status,
                @Bind("photoKey") String photoKey, @Bind("photoAlt") String photoAlt,
                @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE merchant SET name = :name, legal_id = :legalId, trade = :trade, description = :description,
                   street = :street, postal_code = :postalCode, commune_insee = :communeInsee, email = :email,
                   phone = :phone, website = :website, opening_hours = :openingHours, photo_key = :photoKey,
                   photo_alt = :photoAlt, updated_at = :now
            WHERE id = :id""")
    int updateProfile(@Bind("id") long id, @Bind("name") String name, @Bind("legalId") String legalId,
                      @Bind("trade") String trade, @Bind("description") String description, @Bind("street") String street,
                      @Bind("postalCode") String postalCode, @Bind("communeInsee") String communeInsee,
                      @Bind("email") String email, @Bind("phone") String phone, @Bind("website") String website,
                      @Bind("openingHours") String openingHours, @Bind("photoKey") String photoKey,
                      @Bind("photoAlt") String photoAlt, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM merchant WHERE id = :id FOR UPDATE")
    Optional<MerchantRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT slug FROM merchant WHERE slug = :base OR slug LIKE :prefix")
    List<String> slugsLike(@Bind("base") String base, @Bind("prefix") String prefix);

    /** Merchants by filter; {@code categories} counts only with {@code filterCategories} (an empty list then matches none). */
    @SqlQuery("SELECT " + COLUMNS + """
             FROM merchant m
            WHERE status = ANY(:statuses)
              AND (CAST(:commune AS VARCHAR(5)) IS NULL OR commune_insee = CAST(:commune AS VARCHAR(5)))
              AND (:featuredOnly = FALSE OR featured = TRUE)
              AND (:filterCategories = FALSE OR EXISTS (
                    SELECT 1 FROM merchant_category mc WHERE mc.merchant_id = m.id AND mc.category_id = ANY(:categories)))
            ORDER BY name, id
            LIMIT :limit OFFSET :offset""")
    List<MerchantRow> find(@Bind("statuses") Collection<String> statuses, @Bind("commune") String commune,
                           @Bind("featuredOnly") boolean featuredOnly, @Bind("filterCategories") boolean filterCategories,
                           @Bind("categories") Collection<Long> categories, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("""
            SELECT COUNT(*) FROM merchant m
            WHERE status = ANY(:statuses)
              AND (CAST(:commune AS VARCHAR(5)) IS NULL OR commune_insee = CAST(:commune AS VARCHAR(5)))
              AND (:featuredOnly = FALSE OR featured = TRUE)
              AND (:filterCategories = FALSE OR EXISTS (
                    SELECT 1 FROM merchant_category mc WHERE mc.merchant_id = m.id AND mc.category_id = ANY(:categories)))""")
    int count(@Bind("statuses") Collection<String> statuses, @Bind("commune") String commune,
              @Bind("featuredOnly") boolean featuredOnly, @Bind("filterCategories") boolean filterCategories,
              @Bind("categories") Collection<Long> categories);

    @SqlQuery("SELECT status, COUNT(*) AS count FROM merchant GROUP BY status")
    List<StatusCount> countByStatus();

    /** Moves the status only if it is still the one the caller saw. */
    @SqlUpdate("UPDATE merchant SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
    int changeStatus(@Bind("id") long id, @Bind("from") String from, @Bind("to") String to, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM merchant_category WHERE merchant_id = :id")
    void clearCategories(@Bind("id") long merchantId);

    @SqlBatch("INSERT INTO merchant_category (merchant_id, category_id, position) VALUES (:merchantId, :categoryId, :position)")
    void insertCategories(@Bind("merchantId") long merchantId, @Bind("categoryId") List<Long> categoryIds, @Bind("position") List<Integer> positions);
}
