package io.comptoir.engine.core.catalogue;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.event.EngineEvents.Categories;
import io.comptoir.engine.api.event.EngineEvents.Products;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.event.PendingEvent;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.core.cache.AggregateCache;
import io.comptoir.engine.core.event.ChangeFeedListener;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.merchant.MerchantDao;
import io.comptoir.engine.core.merchant.MerchantRow;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.engine.core.persistence.Slugs;
import io.comptoir.engine.core.validation.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/** The {@link Catalogue} on the database. */
@Singleton
public final class CatalogueService implements Catalogue {
    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxEventPublisher events;
    private final CommitSignal commits;
    private final Currency currency;
    private final AtomicReference<List<CategoryRow>> categoryRows = new AtomicReference<>();
    /** The tree in its order, made from the rows it names: every page lists it, so it is made once per change. */
    private final AtomicReference<OrderedTree> orderedTree = new AtomicReference<>();
    private final MerchantDirectory merchants;
    /** The products shoppers open, kept as read (a sale that changes a stock brings a product event, which forgets it). */
    private final AggregateCache<Product> products = new AggregateCache<>("product", 10_000);

    @Inject
    public CatalogueService(Jdbi jdbi, Clock clock, OutboxEventPublisher events, CommitSignal commits, @Named("currency") Currency currency,
                            MerchantDirectory merchants) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.currency = requireNonNull(currency, "currency is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    /**
     * The category tree, kept in memory: it is read on every page and changes a few times a year. A write refreshes it
     * on this node; since categories are only ever added, another node reloads it when asked for an id it does not know.
     */
    private List<CategoryRow> categoryRows() {
        List<CategoryRow> rows = categoryRows.get();
        if (rows == null) {
            rows = List.copyOf(jdbi.withExtension(CategoryDao.class, CategoryDao::all));
            categoryRows.set(rows);
        }
        return rows;
    }

    private Optional<CategoryRow> categoryRow(long id) {
        return findCategoryRow(candidate -> candidate.id() == id);
    }

    private Optional<CategoryRow> findCategoryRow(Predicate<CategoryRow> wanted) {
        Optional<CategoryRow> row = categoryRows().stream().filter(wanted).findFirst();
        if (row.isEmpty()) {
            categoryRows.set(null);
            row = categoryRows().stream().filter(wanted).findFirst();
        }
        return row;
    }

    @Override
    public List<Category> categories() {
        List<CategoryRow> rows = categoryRows();
        OrderedTree tree = orderedTree.get();
        if (tree != null && tree.rows() == rows) {
            return tree.ordered();
        }
        List<Category> ordered = new ArrayList<>();
        rows.stream().filter(row -> row.parentId() == null).forEach(root -> {
            ordered.add(root.toCategory());
            rows.stream().filter(row -> row.parentId() != null && row.parentId() == root.id()).forEach(child -> addSubtree(rows, child, ordered));
        });
        List<Category> made = List.copyOf(ordered);
        orderedTree.set(new OrderedTree(rows, made));
        return made;
    }

    private record OrderedTree(List<CategoryRow> rows, List<Category> ordered) {
    }

    private static void addSubtree(List<CategoryRow> rows, CategoryRow node, List<Category> ordered) {
        ordered.add(node.toCategory());
        rows.stream().filter(row -> row.parentId() != null && row.parentId() == node.id()).forEach(child -> addSubtree(rows, child, ordered));
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        requireNonNull(id, "id is null");
        return categoryRow(id.value()).map(CategoryRow::toCategory);
    }

    @Override
    public Optional<Category> categoryBySlug(String slug) {
        requireNonNull(slug, "slug is null");
        return findCategoryRow(candidate -> candidate.slug().equals(slug)).map(CategoryRow::toCategory);
    }

    @Override
    public List<CategoryId> subtree(CategoryId id) {
        requireNonNull(id, "id is null");
        categoryRow(id.value());
        return CategoryDao.subtreeIds(categoryRows(), id.value()).stream().map(CategoryId::new).toList();
    }

    @Override
    public List<Category> path(CategoryId id) {
        requireNonNull(id, "id is null");
        categoryRow(id.value());
        Map<Long, CategoryRow> all = categoryRows().stream().collect(Collectors.toMap(CategoryRow::id, Function.identity()));
        List<Category> path = new ArrayList<>();
        CategoryRow node = all.get(id.value());
        while (node != null && path.size() <= all.size()) {
            path.add(0, node.toCategory());
            node = node.parentId() == null ? null : all.get(node.parentId());
        }
        return path;
    }

    @Override
    public Category createCategory(Optional<CategoryId> parent, String name, Actor actor) {
        requireNonNull(parent, "parent is null");
        requireNonNull(name, "name is null");
        requireNonNull(actor, "actor is null");
        Texts.require("name", name, 1, 200);
        Category category = jdbi.inTransaction(handle -> {
            CategoryDao dao = Daos.of(handle, CategoryDao.class);
            Long parentId = parent.map(CategoryId::value).orElse(null);
            if (parentId != null && dao.find(parentId).isEmpty()) {
                throw InvalidInputException.invalid("parent", "no category " + parentId);
            }
            String base = Slugs.slugify(name);
            String slug = IntStream.iterate(1, i -> i + 1).mapToObj(i -> i == 1 ? base : base + "-" + i)
                    .filter(candidate -> dao.countSlug(candidate) == 0).findFirst().orElseThrow();
            long id = dao.insert(parentId, slug, name.strip(), dao.nextPosition(parentId));
            events.publish(handle, Categories.CREATED.event(Long.toString(id), Map.of(Categories.SLUG, slug), actor));
            return dao.find(id).orElseThrow().toCategory();
        });
        categoryRows.set(null);
        commits.committed();
        return category;
    }

    @Override
    public Product createProduct(MerchantId merchant, ProductDraft draft, Actor actor) {
        return insertProduct(merchant, draft, Optional.empty(), actor);
    }

    @Override
    public Product importProduct(MerchantId merchant, ProductDraft draft, Instant createdAt, Actor actor) {
        return insertProduct(merchant, draft, Optional.of(requireNonNull(createdAt, "createdAt is null")), actor);
    }

    private Product insertProduct(MerchantId merchant, ProductDraft draft, Optional<Instant> createdAt, Actor actor) {
        requireNonNull(merchant, "merchant is null");
        requireNonNull(draft, "draft is null");
        requireNonNull(actor, "actor is null");
        ProductDraftValidator.validate(draft, currency);
        Product product = jdbi.inTransaction(handle -> insertProduct(handle, merchant, draft, createdAt, actor));
        commits.committed();
        return product;
    }

    /**
     * Stores a new product in the caller's transaction (an import of many), its draft already checked with
     * {@link #check}; the caller calls {@link #committed} after the commit.
     */
    public Product insertProduct(Handle handle, MerchantId merchant, ProductDraft draft, Optional<Instant> createdAt, Actor actor) {
        MerchantRow owner = Daos.of(handle, MerchantDao.class).find(merchant.value()).orElseThrow(() -> NotFoundException.of("merchant", merchant));
        requireCategory(handle, draft.categoryId());
        ProductDao dao = Daos.of(handle, ProductDao.class);
        requireSkusFree(dao, owner.id(), draft, Optional.empty());
        long id = dao.insert(owner.id(), Slugs.slugify(draft.name()), draft.name().strip(), draft.description().strip(),
                draft.categoryId().value(), clock.instant());
        createdAt.ifPresent(time -> dao.setCreatedAt(id, time));
        saveVariants(dao, id, owner.id(), draft.variants(), Map.of());
        saveImages(dao, id, draft);
        events.publish(handle, productEvent(Products.CREATED, id, Map.of(Products.MERCHANT_ID, Long.toString(owner.id())), actor));
        return load(handle, id).orElseThrow();
    }

    /** Checks a draft as a write would; throws the write's {@code InvalidInputException}. */
    public void check(ProductDraft draft) {
        ProductDraftValidator.validate(requireNonNull(draft, "draft is null"), currency);
    }

    /** The product of a shop that has a variant of that SKU, read in the caller's transaction. */
    public Optional<Product> productWithSku(Handle handle, MerchantId merchant, String sku) {
        return Daos.of(handle, ProductDao.class).variantsWithSkus(merchant.value(), List.of(sku)).stream().findFirst()
                .flatMap(variant -> load(handle, variant.productId()));
    }

    /** After the commit of writes made in a caller's transaction: this node forgets them and its followers catch up. */
    public void committed(List<ProductId> written) {
        written.forEach(id -> products.forget(id.value()));
        commits.committed();
    }

    @Override
    public Product updateProduct(ProductId id, ProductDraft draft, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(draft, "draft is null");
        requireNonNull(actor, "actor is null");
        ProductDraftValidator.validate(draft, currency);
        Product product = jdbi.inTransaction(handle -> updateProduct(handle, id, draft, actor));
        committed(List.of(product.id()));
        return product;
    }

    /** Changes a product in the caller's transaction (an import of many), its draft already checked; see {@link #committed}. */
    public Product updateProduct(Handle handle, ProductId id, ProductDraft draft, Actor actor) {
        ProductDao dao = Daos.of(handle, ProductDao.class);
        ProductRow row = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("product", id));
        requireCategory(handle, draft.categoryId());
        requireSkusFree(dao, row.merchantId(), draft, Optional.of(row.id()));
        dao.update(row.id(), Slugs.slugify(draft.name()), draft.name().strip(), draft.description().strip(),
                draft.categoryId().value(), clock.instant());
        Map<String, VariantRow> existing = new HashMap<>();
        dao.variantsOf(List.of(row.id())).forEach(variant -> existing.put(variant.sku(), variant));
        saveVariants(dao, row.id(), row.merchantId(), draft.variants(), existing);
        saveImages(dao, row.id(), draft);
        events.publish(handle, productEvent(Products.UPDATED, row.id(), Map.of(Products.MERCHANT_ID, Long.toString(row.merchantId())), actor));
        return load(handle, row.id()).orElseThrow();
    }

    private static void requireCategory(Handle handle, CategoryId category) {
        if (Daos.of(handle, CategoryDao.class).find(category.value()).isEmpty()) {
            throw InvalidInputException.invalid("categoryId", "no category " + category);
        }
    }

    /** A SKU belongs to one product of a merchant for good (orders keep naming it). */
    private static void requireSkusFree(ProductDao dao, long merchantId, ProductDraft draft, Optional<Long> productId) {
        List<String> skus = draft.variants().stream().map(VariantDraft::sku).toList();
        for (VariantRow taken : dao.variantsWithSkus(merchantId, skus)) {
            if (productId.isEmpty() || taken.productId() != productId.get()) {
                throw new ConflictException("sku_taken", "SKU " + taken.sku() + " is already used by another product of this shop");
            }
        }
    }

    private void saveVariants(ProductDao dao, long productId, long merchantId, List<VariantDraft> drafts, Map<String, VariantRow> existing) {
        List<Long> kept = new ArrayList<>();
        for (int position = 0; position < drafts.size(); position++) {
            VariantDraft draft = drafts.get(position);
            String options = VariantOptionsCodec.write(draft.options());
            VariantRow current = existing.get(draft.sku());
            if (current != null) {
                dao.updateVariant(current.id(), options, draft.price().minorUnits(), currency.getCurrencyCode(), draft.stock(), position);
                kept.add(current.id());
            }
            else {
                kept.add(dao.insertVariant(productId, merchantId, draft.sku(), options, draft.price().minorUnits(),
                        currency.getCurrencyCode(), draft.stock(), position));
            }
        }
        if (!existing.isEmpty()) {
            dao.withdrawOthers(productId, kept);
        }
    }

    private static void saveImages(ProductDao dao, long productId, ProductDraft draft) {
        dao.clearImages(productId);
        if (!draft.images().isEmpty()) {
            dao.insertImages(productId, IntStream.range(0, draft.images().size()).boxed().toList(),
                    draft.images().stream().map(image -> image.assetKey()).toList(),
                    draft.images().stream().map(image -> image.altText().strip()).toList());
        }
    }

    @Override
    public Product setHidden(ProductId id, boolean hidden, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(actor, "actor is null");
        Product product = jdbi.inTransaction(handle -> {
            ProductDao dao = Daos.of(handle, ProductDao.class);
            ProductRow row = dao.lock(id.value()).orElseThrow(() -> NotFoundException.of("product", id));
            if (row.hidden() != hidden) {
                dao.setHidden(row.id(), hidden, clock.instant());
                events.publish(handle, productEvent(Products.VISIBILITY_CHANGED, row.id(), Map.of(Products.HIDDEN, Boolean.toString(hidden)), actor));
            }
            return load(handle, row.id()).orElseThrow();
        });
        products.forget(product.id().value());
        commits.committed();
        return product;
    }

    @Override
    public Variant setStock(VariantId id, int stock, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(actor, "actor is null");
        if (stock < 0 || stock > ProductDraftValidator.MAX_STOCK) {
            throw InvalidInputException.invalid("stock", "a stock is between 0 and " + ProductDraftValidator.MAX_STOCK);
        }
        Variant variant = jdbi.inTransaction(handle -> {
            ProductDao dao = Daos.of(handle, ProductDao.class);
            if (dao.setStock(id.value(), stock) == 0) {
                throw NotFoundException.of("variant", id);
            }
            return stockChanged(handle, dao, id, actor);
        });
        products.forget(variant.productId().value());
        commits.committed();
        return variant;
    }

    @Override
    public Variant adjustStock(VariantId id, int delta, Actor actor) {
        requireNonNull(id, "id is null");
        requireNonNull(actor, "actor is null");
        Variant variant = jdbi.inTransaction(handle -> {
            ProductDao dao = Daos.of(handle, ProductDao.class);
            if (dao.adjustStock(id.value(), delta) == 0) {
                VariantRow row = dao.variant(id.value()).filter(v -> !v.withdrawn()).orElseThrow(() -> NotFoundException.of("variant", id));
                throw new ConflictException("insufficient_stock", "only " + row.stock() + " in stock for " + row.sku());
            }
            return stockChanged(handle, dao, id, actor);
        });
        products.forget(variant.productId().value());
        commits.committed();
        return variant;
    }

    private Variant stockChanged(Handle handle, ProductDao dao, VariantId id, Actor actor) {
        VariantRow row = dao.variant(id.value()).orElseThrow();
        events.publish(handle, productEvent(Products.STOCK_CHANGED, row.productId(),
                Map.of(Products.VARIANT_ID, Long.toString(row.id()), Products.STOCK, Integer.toString(row.stock())), actor));
        return ProductAssembler.toVariant(row);
    }

    @Override
    public Optional<Product> product(ProductId id) {
        requireNonNull(id, "id is null");
        return jdbi.withHandle(handle -> load(handle, id.value()));
    }

    @Override
    public Optional<Product> visibleProduct(ProductId id) {
        requireNonNull(id, "id is null");
        return products.get(id.value(), () -> jdbi.withHandle(handle -> load(handle, id.value())))
                .filter(product -> !product.hidden() && merchants.merchant(product.merchantId()).map(Merchant::isVisibleToShoppers).orElse(false));
    }

    @Override
    public Optional<Variant> variant(VariantId id) {
        requireNonNull(id, "id is null");
        return jdbi.withExtension(ProductDao.class, dao -> dao.variant(id.value())).filter(row -> !row.withdrawn()).map(ProductAssembler::toVariant);
    }

    @Override
    public List<Product> productsOf(MerchantId merchant, boolean includeHidden, int offset, int limit) {
        requireNonNull(merchant, "merchant is null");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        return jdbi.withHandle(handle -> ProductAssembler.assemble(handle,
                Daos.of(handle, ProductDao.class).ofMerchant(merchant.value(), includeHidden, limit, offset)));
    }

    @Override
    public int countProductsOf(MerchantId merchant, boolean includeHidden) {
        requireNonNull(merchant, "merchant is null");
        return jdbi.withExtension(ProductDao.class, dao -> dao.countOfMerchant(merchant.value(), includeHidden));
    }

    /** What must hear of every product change, from any node, to keep the products read here up to date. */
    public ChangeFeedListener changeFeedListener() {
        return products;
    }

    @Override
    public int countVisibleProducts() {
        return jdbi.withExtension(ProductDao.class, ProductDao::countVisible);
    }

    private static Optional<Product> load(Handle handle, long id) {
        return Daos.of(handle, ProductReads.class).find(id).map(row -> ProductAssembler.assemble(handle, List.of(row))).flatMap(list -> list.stream().findFirst());
    }

    private static PendingEvent productEvent(EventType type, long productId, Map<String, String> data, Actor actor) {
        return type.event(Long.toString(productId), data, actor);
    }
}
