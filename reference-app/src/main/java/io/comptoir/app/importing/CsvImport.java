package io.comptoir.app.importing;

import io.comptoir.app.importing.CsvReport.Kind;
import io.comptoir.app.importing.CsvReport.Problem;
import io.comptoir.app.importing.CsvTable.CsvException;
import io.comptoir.app.importing.CsvTable.Row;
import io.comptoir.app.territory.TerritoryFolder;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.imports.CatalogueImport;
import io.comptoir.engine.api.imports.ImportMode;
import io.comptoir.engine.api.imports.ImportReport;
import io.comptoir.engine.api.imports.ProductLine;
import io.comptoir.engine.api.imports.ShopLine;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static java.util.Objects.requireNonNull;

/**
 * Imports a territory's spreadsheets of shops and of products (CSV), all rows or none, through the engine's
 * {@link CatalogueImport}: the command line, the territory's back-office and each shop's back-office share it. The
 * cells are read here (a price with a comma or a dot, a category by its name or slug, a status); the engine checks the
 * rest as any write; every problem comes back by row and column.
 */
public final class CsvImport {
    /** The columns a file of shops has; {@code status} (live or onboarding), {@code trade}, {@code description}, {@code website} and {@code opening_hours} may follow. */
    public static final List<String> SHOP_COLUMNS = List.of("ref", "name", "siret", "address", "postal_code", "commune_insee", "category", "email", "phone");
    /** The columns a file of products has; a shop's staff may leave {@code shop_ref} out. */
    public static final List<String> PRODUCT_COLUMNS = List.of("shop_ref", "ref", "name", "description", "category", "price", "stock");

    private static final Map<String, String> SHOP_FIELDS = Map.ofEntries(entry("ref", "ref"), entry("name", "name"), entry("legalId", "siret"),
            entry("trade", "trade"), entry("description", "description"), entry("street", "address"), entry("postalCode", "postal_code"),
            entry("communeInsee", "commune_insee"), entry("email", "email"), entry("phone", "phone"), entry("website", "website"),
            entry("openingHours", "opening_hours"), entry("categories", "category"), entry("status", "status"));
    private static final Map<String, String> PRODUCT_FIELDS = Map.ofEntries(entry("shopRef", "shop_ref"), entry("ref", "ref"),
            entry("sku", "ref"), entry("variants", "ref"), entry("name", "name"), entry("description", "description"),
            entry("category", "category"), entry("categoryId", "category"), entry("price", "price"), entry("stock", "stock"));
    private static final Pattern PRICE = Pattern.compile("-?[0-9]{1,9}([.,][0-9]{1,2})?");
    private static final Pattern STOCK = Pattern.compile("-?[0-9]{1,9}");

    private final CatalogueImport imports;
    private final Catalogue catalogue;
    private final TerritoryFolder territory;

    public CsvImport(CatalogueImport imports, Catalogue catalogue, TerritoryFolder territory) {
        this.imports = requireNonNull(imports, "imports is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.territory = requireNonNull(territory, "territory is null");
    }

    /** A file of shops: checked, and stored when {@code mode} says so and no row has a problem. */
    public CsvReport shops(byte[] file, ImportMode mode, Actor actor) {
        List<Problem> problems = new ArrayList<>();
        Optional<CsvTable> table = table(file, SHOP_COLUMNS, problems);
        if (table.isEmpty()) {
            return new CsvReport(Kind.SHOPS, false, List.of(), problems);
        }
        CategoryNames categories = new CategoryNames(catalogue.categories(), territory);
        List<ShopLine> lines = new ArrayList<>();
        for (Row row : table.get().rows()) {
            shop(row, categories, problems).ifPresent(lines::add);
        }
        return run(Kind.SHOPS, problems, mode, m -> imports.importShops(lines, m, actor), SHOP_FIELDS);
    }

    /**
     * A file of products: checked, and stored when {@code mode} says so and no row has a problem.
     *
     * @param onlyShop a shop's staff importing: every row is of that shop, and {@code shop_ref} may be left out
     */
    public CsvReport products(byte[] file, Optional<MerchantId> onlyShop, ImportMode mode, Actor actor) {
        List<Problem> problems = new ArrayList<>();
        List<String> required = onlyShop.isPresent() ? PRODUCT_COLUMNS.subList(1, PRODUCT_COLUMNS.size()) : PRODUCT_COLUMNS;
        Optional<CsvTable> table = table(file, required, problems);
        if (table.isEmpty()) {
            return new CsvReport(Kind.PRODUCTS, false, List.of(), problems);
        }
        CategoryNames categories = new CategoryNames(catalogue.categories(), territory);
        Currency currency = territory.identity().currency();
        List<ProductLine> lines = new ArrayList<>();
        for (Row row : table.get().rows()) {
            product(row, categories, currency, problems).ifPresent(lines::add);
        }
        return run(Kind.PRODUCTS, problems, mode, m -> imports.importProducts(onlyShop, lines, m, actor), PRODUCT_FIELDS);
    }

    /** The engine checks the rows read well (a dry run when some did not, so that every problem is listed at once). */
    private static CsvReport run(Kind kind, List<Problem> problems, ImportMode mode, Function<ImportMode, ImportReport> importer,
                                 Map<String, String> columns) {
        ImportReport report = importer.apply(problems.isEmpty() ? mode : ImportMode.DRY_RUN);
        report.problems().forEach(problem -> problems.add(new Problem(problem.line(), columns.getOrDefault(problem.field(), problem.field()),
                problem.message())));
        return new CsvReport(kind, report.stored(), report.lines(), problems);
    }

    private static Optional<CsvTable> table(byte[] file, List<String> required, List<Problem> problems) {
        try {
            CsvTable table = CsvTable.parse(file);
            Optional<String> missing = table.missing(required);
            if (missing.isPresent()) {
                problems.add(new Problem(1, missing.get(), "the first line has no column “" + missing.get() + "” (the columns are "
                        + String.join(",", required) + ")"));
                return Optional.empty();
            }
            if (table.rows().isEmpty()) {
                problems.add(new Problem(1, required.get(0), "the file has no row under its first line"));
                return Optional.empty();
            }
            return Optional.of(table);
        }
        catch (CsvException e) {
            problems.add(new Problem(1, "file", e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<ShopLine> shop(Row row, CategoryNames categories, List<Problem> problems) {
        int before = problems.size();
        List<CategoryId> found = new ArrayList<>();
        for (String name : row.get("category").split("\\|")) {
            if (name.isBlank()) {
                continue;
            }
            CategoryNames.Lookup lookup = categories.find(name);
            lookup.category().ifPresentOrElse(found::add, () -> problems.add(new Problem(row.number(), "category", lookup.problem())));
        }
        if (found.isEmpty() && problems.size() == before) {
            problems.add(new Problem(row.number(), "category", "a shop sells in one category at least (several separated by |)"));
        }
        MerchantStatus status = switch (row.get("status").toLowerCase(Locale.ROOT)) {
            case "", "live", "en ligne" -> MerchantStatus.LIVE;
            case "onboarding", "en formation" -> MerchantStatus.ONBOARDING;
            default -> {
                problems.add(new Problem(row.number(), "status", "live or onboarding, got “" + row.get("status") + "”"));
                yield MerchantStatus.LIVE;
            }
        };
        OpeningHours hours = OpeningHours.parse("");
        try {
            hours = OpeningHours.parse(row.get("opening_hours"));
        }
        catch (IllegalArgumentException e) {
            problems.add(new Problem(row.number(), "opening_hours", e.getMessage()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String trade = row.get("trade").isEmpty() ? row.get("category").split("\\|")[0].strip() : row.get("trade");
        MerchantProfile profile = new MerchantProfile(row.get("name"), row.get("siret").replaceAll("[\\s.]", ""), trade, row.get("description"),
                new Address(row.get("address"), row.get("postal_code"), row.get("commune_insee")),
                new Contact(row.get("email"), row.get("phone"), row.get("website")), hours, found, Optional.empty());
        return Optional.of(new ShopLine(row.number(), row.get("ref"), profile, status));
    }

    private static Optional<ProductLine> product(Row row, CategoryNames categories, Currency currency, List<Problem> problems) {
        int before = problems.size();
        CategoryNames.Lookup category = categories.find(row.get("category"));
        if (category.category().isEmpty()) {
            problems.add(new Problem(row.number(), "category", row.get("category").isEmpty() ? "a product has a category" : category.problem()));
        }
        Optional<Money> price = price(row, currency, problems);
        String stockText = row.get("stock").replaceAll("\\s", "");
        int stock = 0;
        if (!STOCK.matcher(stockText).matches()) {
            problems.add(new Problem(row.number(), "stock", "a whole number of units, got “" + row.get("stock") + "”"));
        }
        else {
            stock = Integer.parseInt(stockText);
            if (stock < 0) {
                problems.add(new Problem(row.number(), "stock", "the stock cannot be negative"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ProductLine(row.number(), row.get("shop_ref"), row.get("ref"), row.get("name"), row.get("description"),
                category.category().get(), price.orElseThrow(), stock));
    }

    /** "4,90", "4.90", "4", "1 234,50 €": in units of the currency, to the cent. */
    private static Optional<Money> price(Row row, Currency currency, List<Problem> problems) {
        String text = row.get("price").replaceAll("[\\s\u00a0\u202f€]", "");
        if (!PRICE.matcher(text).matches()) {
            problems.add(new Problem(row.number(), "price", "a price such as 4,90 or 4.90, got “" + row.get("price") + "”"));
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text.replace(',', '.'));
        if (amount.signum() < 0) {
            problems.add(new Problem(row.number(), "price", "a price cannot be negative, got “" + row.get("price") + "”"));
            return Optional.empty();
        }
        return Optional.of(new Money(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency));
    }
}
