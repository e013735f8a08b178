package io.comptoir.engine.core.imports;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.event.EngineEvents.Merchants;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.imports.ImportMode;
import io.comptoir.engine.api.imports.ImportReport;
import io.comptoir.engine.api.imports.ImportReport.Action;
import io.comptoir.engine.api.imports.ImportReport.ImportProblem;
import io.comptoir.engine.api.imports.ImportReport.LineOutcome;
import io.comptoir.engine.api.imports.ProductLine;
import io.comptoir.engine.api.imports.ShopLine;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.core.catalogue.CatalogueService;
import io.comptoir.engine.core.merchant.MerchantDao;
import io.comptoir.engine.core.merchant.MerchantService;
import io.comptoir.engine.core.persistence.Daos;
import io.comptoir.plugin.kit.SqlErrors;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Imports all lines or none, in one transaction: every line is checked with the checks of a single write (the shop's
 * profile, the product's draft) and the references are resolved; only a file without problem is written, through the
 * same writes as the back-office's, and this node's caches and followers learn of it after the commit.
 */
@Singleton
public final class CatalogueImportService implements CatalogueImport {
    private static final Pattern REF = Pattern.compile(REF_PATTERN);

    private final Jdbi jdbi;
    private final MerchantService merchants;
    private final CatalogueService catalogue;

    @Inject
    public CatalogueImportService(Jdbi jdbi, MerchantService merchants, CatalogueService catalogue) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public ImportReport importShops(List<ShopLine> lines, ImportMode mode, Actor actor) {
        requireNonNull(lines, "lines is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(actor, "actor is null");
        List<MerchantId> written = new ArrayList<>();
        ImportReport report = write(() -> jdbi.inTransaction(handle -> {
            MerchantDao dao = Daos.of(handle, MerchantDao.class);
            List<ImportProblem> problems = new ArrayList<>();
            List<LineOutcome> outcomes = new ArrayList<>();
            Map<ShopLine, Optional<Long>> existing = new HashMap<>();
            Set<String> refs = new HashSet<>();
            for (ShopLine line : lines) {
                if (!REF.matcher(line.ref()).matches()) {
                    problems.add(new ImportProblem(line.line(), "ref", "a reference has 1 to 64 letters, digits, dots, dashes or underscores"));
                    continue;
                }
                if (!refs.add(line.ref())) {
                    problems.add(new ImportProblem(line.line(), "ref", "the reference " + line.ref() + " appears twice in the file"));
                    continue;
                }
                if (line.status() != MerchantStatus.LIVE && line.status() != MerchantStatus.ONBOARDING) {
                    problems.add(new ImportProblem(line.line(), "status", "an imported shop is LIVE or ONBOARDING"));
                }
                try {
                    merchants.check(handle, line.profile());
                }
                catch (InvalidInputException e) {
                    problems.add(new ImportProblem(line.line(), e.field().orElse("profile"), e.getMessage()));
                }
                Optional<Long> id = dao.idByExternalRef(line.ref());
                existing.put(line, id);
                outcomes.add(new LineOutcome(line.line(), line.ref(), line.profile().name().strip(), id.isPresent() ? Action.UPDATE : Action.CREATE));
            }
            if (!problems.isEmpty() || mode == ImportMode.DRY_RUN) {
                return new ImportReport(false, outcomes, problems);
            }
            for (ShopLine line : lines) {
                Optional<Long> id = existing.get(line);
                Merchant merchant = id.isPresent()
                        ? merchants.updateProfile(handle, new MerchantId(id.get()), line.profile(), actor)
                        : merchants.insert(handle, line.profile(), line.status(), actor, Merchants.IMPORTED);
                dao.setExternalRef(merchant.id().value(), line.ref());
                written.add(merchant.id());
            }
            return new ImportReport(true, outcomes, List.of());
        }));
        if (report.stored()) {
            merchants.committed(written);
        }
        return report;
    }

    @Override
    public ImportReport importProducts(Optional<MerchantId> onlyShop, List<ProductLine> lines, ImportMode mode, Actor actor) {
        requireNonNull(onlyShop, "onlyShop is null");
        requireNonNull(lines, "lines is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(actor, "actor is null");
        List<ProductId> written = new ArrayList<>();
        ImportReport report = write(() -> jdbi.inTransaction(handle -> {
            MerchantDao dao = Daos.of(handle, MerchantDao.class);
            List<ImportProblem> problems = new ArrayList<>();
            List<LineOutcome> outcomes = new ArrayList<>();
            List<Runnable> writes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Map<String, Optional<Long>> shops = new HashMap<>();
            for (ProductLine line : lines) {
                Optional<Long> shop = line.shopRef().isBlank() && onlyShop.isPresent() ? Optional.of(onlyShop.get().value())
                        : shops.computeIfAbsent(line.shopRef(), dao::idByExternalRef);
                if (shop.isEmpty()) {
                    problems.add(new ImportProblem(line.line(), "shopRef", "no shop was imported under the reference " + line.shopRef()));
                    continue;
                }
                MerchantId merchant = new MerchantId(shop.get());
                if (onlyShop.isPresent() && !onlyShop.get().equals(merchant)) {
                    problems.add(new ImportProblem(line.line(), "shopRef", "the line is of another shop (" + line.shopRef() + ")"));
                    continue;
                }
                if (!REF.matcher(line.ref()).matches()) {
                    problems.add(new ImportProblem(line.line(), "ref", "a reference has 1 to 64 letters, digits, dots, dashes or underscores"));
                    continue;
                }
                if (!seen.add(line.shopRef() + "\n" + line.ref())) {
                    problems.add(new ImportProblem(line.line(), "ref", "the reference " + line.ref() + " appears twice for this shop in the file"));
                    continue;
                }
                if (line.stock() < 0) {
                    problems.add(new ImportProblem(line.line(), "stock", "the stock cannot be negative"));
                    continue;
                }
                Optional<Product> existing = catalogue.productWithSku(handle, merchant, line.ref());
                ProductDraft draft = draft(line, existing);
                try {
                    catalogue.check(draft);
                }
                catch (InvalidInputException e) {
                    problems.add(new ImportProblem(line.line(), e.field().map(field -> field.equals("sku") ? "ref" : field).orElse("product"),
                            e.getMessage()));
                    continue;
                }
                if (catalogue.category(line.category()).isEmpty()) {
                    problems.add(new ImportProblem(line.line(), "category", "no category " + line.category()));
                    continue;
                }
                outcomes.add(new LineOutcome(line.line(), line.ref(), line.name().strip(), existing.isPresent() ? Action.UPDATE : Action.CREATE));
                writes.add(() -> written.add(existing.isPresent()
                        ? catalogue.updateProduct(handle, existing.get().id(), draft, actor).id()
                        : catalogue.insertProduct(handle, merchant, draft, Optional.empty(), actor).id()));
            }
            if (!problems.isEmpty() || mode == ImportMode.DRY_RUN) {
                return new ImportReport(false, outcomes, problems);
            }
            writes.forEach(Runnable::run);
            return new ImportReport(true, outcomes, List.of());
        }));
        if (report.stored()) {
            catalogue.committed(written);
        }
        return report;
    }

    /** The line as a product: a new one with one variant; an existing one with the line's variant changed, its others kept. */
    private static ProductDraft draft(ProductLine line, Optional<Product> existing) {
        VariantDraft imported = new VariantDraft(line.ref(), List.of(), line.price(), line.stock());
        List<VariantDraft> variants = existing.map(product -> product.variants().stream()
                .map(variant -> variant.sku().equals(line.ref()) ? new VariantDraft(variant.sku(), variant.options(), line.price(), line.stock())
                        : draftOf(variant))
                .toList()).orElse(List.of(imported));
        return new ProductDraft(line.name(), line.description(), line.category(), existing.map(Product::images).orElse(List.of()), variants);
    }

    private static VariantDraft draftOf(Variant variant) {
        return new VariantDraft(variant.sku(), variant.options(), variant.price(), variant.stock());
    }

    @Override
    public Optional<MerchantId> shopByRef(String ref) {
        requireNonNull(ref, "ref is null");
        return jdbi.withHandle(handle -> Daos.of(handle, MerchantDao.class).idByExternalRef(ref)).map(MerchantId::new);
    }

    @Override
    public Optional<String> refOf(MerchantId shop) {
        requireNonNull(shop, "shop is null");
        return jdbi.withHandle(handle -> Daos.of(handle, MerchantDao.class).externalRef(shop.value()));
    }

    /** Two imports creating the same reference at once: the second finds it taken at commit and is told to try again. */
    private static ImportReport write(java.util.function.Supplier<ImportReport> work) {
        try {
            return work.get();
        }
        catch (JdbiException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("import_conflict", "another import stored some of these lines at the same time; import the file again");
            }
            throw e;
        }
    }
}
