package io.comptoir.engine.core.catalogue;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reads that assemble products, apart from {@link ProductDao}: attaching a SqlObject prepares every method of its
 * interface, so the product pages and the API, read far more often than anything is written, attach only these.
 */
@RegisterRowMapper(ProductRow.Mapper.class)
@RegisterRowMapper(VariantRow.Mapper.class)
@RegisterRowMapper(ImageRow.Mapper.class)
public interface ProductReads {
    String PRODUCT_COLUMNS = "p.id, p.merchant_id, p.slug, p.name, p.description, p.category_id, p.hidden, p.created_at, p.updated_at";
    String VARIANT_COLUMNS = "id, product_id, merchant_id, sku, options, price_minor, currency, stock, position, withdrawn";

    @SqlQuery("SELECT " + PRODUCT_COLUMNS + " FROM product p WHERE p.id = :id")
    Optional<ProductRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + VARIANT_COLUMNS + " FROM variant WHERE product_id = ANY(:ids) ORDER BY product_id, position, id")
    List<VariantRow> variantsOf(@Bind("ids") Collection<Long> productIds);

    @SqlQuery("SELECT product_id, position, asset_key, alt_text FROM product_image WHERE product_id = ANY(:ids) ORDER BY product_id, position")
    List<ImageRow> imagesOf(@Bind("ids") Collection<Long> productIds);
}
