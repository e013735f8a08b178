package io.comptoir.engine.core.catalogue;

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

@RegisterRowMapper(ProductRow.Mapper.class)
@RegisterRowMapper(VariantRow.Mapper.class)
@RegisterRowMapper(ImageRow.Mapper.class)
public interface ProductDao extends ProductReads {

    @SqlUpdate("""
            INSERT INTO product (merchant_id, slug, name, description, category_id, hidden, created_at, updated_at)
            VALUES (:merchantId, :slug, :name, :description, :categoryId, FALSE, :now, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("merchantId") long merchantId, @Bind("slug") String slug, @Bind("name") String name,
                @Bind("description") String description, @Bind("categoryId") long categoryId, @Bind("now") Instant now);

    /** Keeps an imported product's original creation time (the seeds, a migration). */
    @SqlUpdate("UPDATE product SET created_at = :createdAt WHERE id = :id")
    void setCreatedAt(@Bind("id") long id, @Bind("createdAt") Instant createdAt);

    @SqlUpdate("""
            UPDATE product SET slug = :slug, name = :name, description = :description, category_id = :categoryId,
                               updated_at = :now
            WHERE id = :id""")
    int update(@Bind("id") long id, @Bind("slug") String slug, @Bind("name") String name,
               @Bind("description") String description, @Bind("categoryId") long categoryId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE product SET hidden = :hidden, updated_at = :now WHERE id = :id")
    int setHidden(@Bind("id") long id, @Bind("hidden") boolean hidden, @Bind("now") Instant now);

    @SqlQuery("SELECT " + PRODUCT_COLUMNS + " FROM product p WHERE p.id = :id FOR UPDATE")
    Optional<ProductRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + PRODUCT_COLUMNS + " FROM product p WHERE p.id = ANY(:ids)")
    List<ProductRow> findAll(@Bind("ids") Collection<Long> ids);

    @SqlQuery("SELECT " + PRODUCT_COLUMNS + """
             FROM product p
            WHERE p.merchant_id = :merchantId AND (:includeHidden OR p.hidden = FALSE)
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT :limit OFFSET :offset""")
    List<ProductRow> ofMerchant(@Bind("merchantId") long merchantId, @Bind("includeHidden") boolean includeHidden,
                                @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM product p WHERE p.merchant_id = :merchantId AND (:includeHidden OR p.hidden = FALSE)")
    int countOfMerchant(@Bind("merchantId") long merchantId, @Bind("includeHidden") boolean includeHidden);

    @SqlQuery("SELECT id FROM product WHERE merchant_id = :merchantId ORDER BY id")
    List<Long> idsOfMerchant(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT id FROM product WHERE category_id = ANY(:categories) ORDER BY id")
    List<Long> idsInCategories(@Bind("categories") Collection<Long> categories);

    @SqlQuery("""
            SELECT COUNT(*) FROM product p JOIN merchant m ON m.id = p.merchant_id
            WHERE p.hidden = FALSE AND m.status = 'LIVE'""")
    int countVisible();

    @SqlQuery("SELECT " + VARIANT_COLUMNS + " FROM variant WHERE id = :id")
    Optional<VariantRow> variant(@Bind("id") long id);

    @SqlQuery("SELECT " + VARIANT_COLUMNS + " FROM variant WHERE merchant_id = :merchantId AND sku = ANY(:skus)")
    List<VariantRow> variantsWithSkus(@Bind("merchantId") long merchantId, @Bind("skus") Collection<String> skus);

    @SqlUpdate("""
            INSERT INTO variant (product_id, merchant_id, sku, options, price_minor, currency, stock, position, withdrawn)
            VALUES (:productId, :merchantId, :sku, :options, :priceMinor, :currency, :stock, :position, FALSE)""")
    @GetGeneratedKeys("id")
    long insertVariant(@Bind("productId") long productId, @Bind("merchantId") long merchantId, @Bind("sku") String sku,
                       @Bind("options") String options, @Bind("priceMinor") long priceMinor, @Bind("currency") String currency,
                       @Bind("stock") int stock, @Bind("position") int position);

    @SqlUpdate("""
            UPDATE variant SET options = :options, price_minor = :priceMinor, currency = :currency, stock = :stock,
                               position = :position, withdrawn = FALSE
            WHERE id = :id""")
    void updateVariant(@Bind("id") long id, @Bind("options") String options, @Bind("priceMinor") long priceMinor,
                       @Bind("currency") String currency, @Bind("stock") int stock, @Bind("position") int position);

    @SqlUpdate("UPDATE variant SET withdrawn = TRUE WHERE product_id = :productId AND id <> ALL(:keep)")
    void withdrawOthers(@Bind("productId") long productId, @Bind("keep") Collection<Long> keep);

    @SqlUpdate("UPDATE variant SET stock = :stock WHERE id = :id AND withdrawn = FALSE")
    int setStock(@Bind("id") long id, @Bind("stock") int stock);

    /** Guarded single statement: the stock never goes below zero, whatever runs concurrently. */
    @SqlUpdate("UPDATE variant SET stock = stock + :delta WHERE id = :id AND withdrawn = FALSE AND stock + :delta >= 0")
    int adjustStock(@Bind("id") long id, @Bind("delta") int delta);

    @SqlUpdate("DELETE FROM product_image WHERE product_id = :productId")
    void clearImages(@Bind("productId") long productId);

    @SqlBatch("INSERT INTO product_image (product_id, position, asset_key, alt_text) VALUES (:productId, :position, :assetKey, :altText)")
    void insertImages(@Bind("productId") long productId, @Bind("position") List<Integer> positions,
                      @Bind("assetKey") List<String> keys, @Bind("altText") List<String> alts);

    /** Visible products (not hidden, merchant live) in id order after a cursor: the index rebuild walks them. */
    @SqlQuery("SELECT " + PRODUCT_COLUMNS + """
             FROM product p JOIN merchant m ON m.id = p.merchant_id
            WHERE p.id > :after AND p.hidden = FALSE AND m.status = 'LIVE'
            ORDER BY p.id LIMIT :limit""")
    List<ProductRow> visibleAfter(@Bind("after") long after, @Bind("limit") int limit);

    /**
     * Reserves units for an order, several variants in one round trip, in list order: guarded, the stock never goes below
     * zero (a count of 0 where it would).
     */
    @SqlBatch("UPDATE variant SET stock = stock - :quantity WHERE id = :id AND withdrawn = FALSE AND stock >= :quantity")
    int[] reserveAll(@Bind("id") List<Long> ids, @Bind("quantity") List<Integer> quantities);

    /** Which of these variants have no stock left. */
    @SqlQuery("SELECT id FROM variant WHERE id = ANY(:ids) AND stock = 0")
    List<Long> soldOut(@Bind("ids") java.util.Collection<Long> variantIds);

    /** Returns units of a cancelled order (even to a withdrawn variant: they are physically back), in list order. */
    @SqlBatch("UPDATE variant SET stock = stock + :quantity WHERE id = :id")
    int[] giveBackAll(@Bind("id") List<Long> ids, @Bind("quantity") List<Integer> quantities);
}
