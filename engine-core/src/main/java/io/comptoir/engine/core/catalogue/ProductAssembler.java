package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns product rows into {@link Product}s, loading their variants and images in two queries for the whole list. */
public final class ProductAssembler {
    private ProductAssembler() {
    }

    public static List<Product> assemble(Handle handle, List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ProductReads dao = Daos.of(handle, ProductReads.class);
        List<Long> ids = rows.stream().map(ProductRow::id).toList();
        Map<Long, List<Variant>> variants = new HashMap<>();
        for (VariantRow row : dao.variantsOf(ids)) {
            if (!row.withdrawn()) {
                variants.computeIfAbsent(row.productId(), k -> new ArrayList<>()).add(toVariant(row));
            }
        }
        Map<Long, List<Image>> images = new HashMap<>();
        for (ImageRow row : dao.imagesOf(ids)) {
            images.computeIfAbsent(row.productId(), k -> new ArrayList<>()).add(new Image(row.assetKey(), row.altText()));
        }
        return rows.stream()
                .filter(row -> variants.containsKey(row.id()))
                .map(row -> new Product(new ProductId(row.id()), new MerchantId(row.merchantId()), row.slug(), row.name(),
                        row.description(), new CategoryId(row.categoryId()), images.getOrDefault(row.id(), List.of()),
                        variants.get(row.id()), row.hidden(), row.createdAt(), row.updatedAt()))
                .toList();
    }

    static Variant toVariant(VariantRow row) {
        return new Variant(new VariantId(row.id()), new ProductId(row.productId()), row.sku(),
                VariantOptionsCodec.read(row.options()), new Money(row.priceMinor(), Currency.getInstance(row.currency())), row.stock());
    }
}
