package io.comptoir.engine.core.search;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.search.SearchDocument;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.core.catalogue.CategoryDao;
import io.comptoir.engine.core.catalogue.CategoryRow;
import io.comptoir.engine.core.catalogue.ProductAssembler;
import io.comptoir.engine.core.catalogue.ProductDao;
import io.comptoir.engine.core.catalogue.ProductRow;
import io.comptoir.engine.core.merchant.MerchantDao;
import io.comptoir.engine.core.merchant.MerchantRow;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.territory.TerritoryDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** Reads products visible to shoppers from the database as {@link SearchDocument}s. */
public final class SearchDocumentSource {
    private static final int BATCH = 1000;

    private final Jdbi jdbi;

    public SearchDocumentSource(Jdbi jdbi) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
    }

    /** Documents of those of the given products that are visible; the others are simply absent. */
    public List<SearchDocument> documents(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            List<ProductRow> rows = Daos.of(handle, ProductDao.class).findAll(productIds);
            return toDocuments(handle, rows.stream().filter(row -> !row.hidden()).toList());
        });
    }

    /** Every visible product, read in batches as the iterator advances. */
    public Iterator<SearchDocument> all() {
        return new Iterator<>() {
            private long after;
            private Iterator<SearchDocument> batch = List.<SearchDocument>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && !exhausted) {
                    List<ProductRow> rows = jdbi.withExtension(ProductDao.class, dao -> dao.visibleAfter(after, BATCH));
                    if (rows.size() < BATCH) {
                        exhausted = true;
                    }
                    if (!rows.isEmpty()) {
                        after = rows.get(rows.size() - 1).id();
                        batch = jdbi.withHandle(handle -> toDocuments(handle, rows)).iterator();
                    }
                }
                return batch.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    private static List<SearchDocument> toDocuments(Handle handle, List<ProductRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> merchantIds = rows.stream().map(ProductRow::merchantId).collect(Collectors.toCollection(LinkedHashSet::new));
        MerchantDao merchantDao = Daos.of(handle, MerchantDao.class);
        Map<Long, MerchantRow> merchants = new java.util.HashMap<>();
        for (Long merchantId : merchantIds) {
            merchantDao.find(merchantId).filter(m -> "LIVE".equals(m.status())).ifPresent(m -> merchants.put(m.id(), m));
        }
        Map<String, Commune> communes = Daos.of(handle, TerritoryDao.class).communes().stream()
                .collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
        Map<Long, CategoryRow> categories = Daos.of(handle, CategoryDao.class).all().stream()
                .collect(Collectors.toMap(CategoryRow::id, Function.identity()));
        List<ProductRow> visible = rows.stream().filter(row -> merchants.containsKey(row.merchantId())).toList();
        List<SearchDocument> documents = new ArrayList<>(visible.size());
        for (Product product : ProductAssembler.assemble(handle, visible)) {
            MerchantRow merchant = merchants.get(product.merchantId().value());
            Commune commune = communes.get(merchant.communeInsee());
            CategoryRow category = categories.get(product.categoryId().value());
            documents.add(new SearchDocument(product.id(), product.slug(), product.name(), product.description(),
                    keywords(product, merchant), product.merchantId(), merchant.name(), merchant.slug(),
                    merchant.communeInsee(), commune == null ? merchant.communeInsee() : commune.name(),
                    product.categoryId(), category.name(), categoryPath(categories, category),
                    product.minPrice(), product.maxPrice(), product.inStock(), product.createdAt(),
                    product.images().stream().findFirst().map(image -> image.assetKey()),
                    product.images().stream().findFirst().map(image -> image.altText()).orElse("")));
        }
        return documents;
    }

    private static String keywords(Product product, MerchantRow merchant) {
        return keywords(merchant.trade(), product.variants().stream()
                .map(variant -> variantWords(variant.sku(), variant.options().stream().map(VariantOption::value).toList()))
                .toList());
    }

    /**
     * A product's further searchable text: the shop's trade, then each variant's SKU and option values, each word
     * once. Shared with the relevance benchmark, which indexes seed files the same way.
     */
    static String keywords(String trade, List<List<String>> variantWords) {
        Set<String> words = new LinkedHashSet<>();
        words.add(trade);
        variantWords.forEach(words::addAll);
        return String.join(" ", words);
    }

    /** One variant's words for {@link #keywords(String, List)}: its SKU, then its option values. */
    static List<String> variantWords(String sku, List<String> optionValues) {
        List<String> words = new ArrayList<>(optionValues.size() + 1);
        words.add(sku);
        words.addAll(optionValues);
        return words;
    }

    private static List<CategoryId> categoryPath(Map<Long, CategoryRow> categories, CategoryRow leaf) {
        List<CategoryId> path = new ArrayList<>();
        Optional<CategoryRow> node = Optional.of(leaf);
        while (node.isPresent() && path.size() <= categories.size()) {
            path.add(0, new CategoryId(node.get().id()));
            node = Optional.ofNullable(node.get().parentId()).map(categories::get);
        }
        return path;
    }

    /** Ids of products whose document depends on these merchants or categories (to reindex after they change). */
    public List<Long> productsOfMerchant(long merchantId) {
        return jdbi.withExtension(ProductDao.class, dao -> dao.idsOfMerchant(merchantId));
    }

    public List<Long> productsInCategory(long categoryId) {
        return jdbi.withHandle(handle -> Daos.of(handle, ProductDao.class)
                .idsInCategories(Daos.of(handle, CategoryDao.class).subtreeIds(categoryId)));
    }
}
