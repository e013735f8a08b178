package io.comptoir.app.merchant;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A product form as people fill it in, without JavaScript: the product's fields, a table of variant rows (reference,
 * one value per option column, price, stock) and the option columns' names. "Add a variant" and "add an option" send
 * the form back and get it again with one more row or column; rows left entirely blank are ignored; an existing
 * variant ticked "withdraw" is withdrawn from sale.
 *
 * @param category the category id as typed (a number), empty when none chosen
 * @param optionNames the names of the option columns, e.g. "Pointure", "Couleur"
 */
public record ProductForm(String name, String description, String category, List<String> optionNames, List<Row> rows) {
    static final int NEW_ROWS = 2;

    public ProductForm {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(category, "category is null");
        optionNames = List.copyOf(optionNames);
        rows = List.copyOf(rows);
    }

    /**
     * @param values the value of each option column, in column order ("" when the variant has none)
     * @param existing whether the row is a variant already sold (it can be withdrawn, its reference stays)
     */
    public record Row(String sku, List<String> values, String price, String stock, boolean existing, boolean withdraw) {
        public Row {
            values = List.copyOf(values);
        }

        boolean blank() {
            return sku.isEmpty() && price.isEmpty() && stock.isEmpty() && values.stream().allMatch(String::isEmpty);
        }

        static Row empty(int columns) {
            return new Row("", java.util.Collections.nCopies(columns, ""), "", "", false, false);
        }
    }

    public static ProductForm blank() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            rows.add(Row.empty(2));
        }
        return new ProductForm("", "", "", List.of("", ""), rows);
    }

    /** The form of an existing product, with a blank row to add a variant. */
    public static ProductForm of(Product product, Page page) {
        List<String> names = new ArrayList<>();
        for (Variant variant : product.variants()) {
            for (VariantOption option : variant.options()) {
                if (!names.contains(option.name())) {
                    names.add(option.name());
                }
            }
        }
        while (names.size() < 2) {
            names.add("");
        }
        List<Row> rows = new ArrayList<>();
        for (Variant variant : product.variants()) {
            List<String> values = names.stream().map(name -> variant.options().stream().filter(option -> option.name().equals(name))
                    .map(VariantOption::value).findFirst().orElse("")).toList();
            rows.add(new Row(variant.sku(), values, decimal(variant.price(), page), Integer.toString(variant.stock()), true, false));
        }
        rows.add(Row.empty(names.size()));
        return new ProductForm(product.name(), product.description(), product.categoryId().toString(), names, rows);
    }

    /** An amount as people type it in the page's language: "12,50" in French, "12.50" in English. */
    static String decimal(Money money, Page page) {
        String text = money.toDecimal().toPlainString();
        return page.lang().equals("fr") ? text.replace('.', ',') : text;
    }

    /** The form as sent back; the number of rows and columns comes from hidden fields, bounded. */
    public static ProductForm read(FormParams form) {
        int columns = bounded(form.raw("columns"), 1, VariantRules.MAX_OPTIONS, 2);
        int count = bounded(form.raw("rows"), 1, VariantRules.MAX_VARIANTS, 1);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            names.add(form.raw("option." + j + ".name"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "variant." + i + ".";
            List<String> values = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                values.add(form.raw(prefix + "option." + j));
            }
            rows.add(new Row(form.raw(prefix + "sku"), values, form.raw(prefix + "price"), form.raw(prefix + "stock"),
                    form.checked(prefix + "existing"), form.checked(prefix + "withdraw")));
        }
        return new ProductForm(form.raw("name"), form.raw("description"), form.raw("category"), names, rows);
    }

    private static int bounded(String text, int min, int max, int fallback) {
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(text)));
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }

    public ProductForm withRow() {
        if (rows.size() >= VariantRules.MAX_VARIANTS) {
            return this;
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(Row.empty(optionNames.size()));
        return new ProductForm(name, description, category, optionNames, more);
    }

    public ProductForm withOptionColumn() {
        if (optionNames.size() >= VariantRules.MAX_OPTIONS) {
            return this;
        }
        List<String> names = new ArrayList<>(optionNames);
        names.add("");
        List<Row> wider = rows.stream().map(row -> {
            List<String> values = new ArrayList<>(row.values());
            values.add("");
            return new Row(row.sku(), values, row.price(), row.stock(), row.existing(), row.withdraw());
        }).toList();
        return new ProductForm(name, description, category, names, wider);
    }

    /** The category id, checked to be a number; the catalogue checks it exists. */
    public CategoryId categoryId() {
        try {
            long id = Long.parseLong(category);
            if (id > 0) {
                return new CategoryId(id);
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("category", "invalid_category", "choose a category");
    }

    /**
     * The product as the engine takes it, every row checked first so that a problem names its row and field.
     *
     * @throws InvalidInputException naming the field, e.g. {@code variant.1.price}
     */
    public ProductDraft toDraft(List<Image> images, Currency currency) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "invalid_name", "name is required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("name", "invalid_name", "name is longer than 200 characters");
        }
        if (description.length() > 8000) {
            throw new InvalidInputException("description", "invalid_description", "description is longer than 8000 characters");
        }
        CategoryId categoryId = categoryId();
        List<VariantDraft> variants = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.withdraw() || row.blank()) {
                continue;
            }
            String prefix = "variant." + i + ".";
            String sku = row.sku().isEmpty() ? VariantRules.newSku() : VariantRules.sku(prefix + "sku", row.sku());
            if (!skus.add(sku)) {
                throw new InvalidInputException(prefix + "sku", "duplicate_sku", "SKU " + sku + " appears twice");
            }
            List<VariantOption> options = new ArrayList<>();
            for (int j = 0; j < optionNames.size(); j++) {
                String value = row.values().get(j);
                if (value.isEmpty()) {
                    continue;
                }
                String optionName = optionNames.get(j);
                if (optionName.isEmpty()) {
                    throw new InvalidInputException("option." + j + ".name", "invalid_option_name", "name the option column");
                }
                if (optionName.length() > VariantRules.MAX_OPTION_TEXT || value.length() > VariantRules.MAX_OPTION_TEXT) {
                    throw new InvalidInputException(prefix + "option." + j, "invalid_options", "an option has at most 60 characters");
                }
                options.add(new VariantOption(optionName, value));
            }
            if (row.price().isEmpty()) {
                throw new InvalidInputException(prefix + "price", "invalid_price", "a price is required");
            }
            Money price = FormParams.parseMoney(prefix + "price", row.price(), currency);
            if (price.minorUnits() > VariantRules.MAX_PRICE) {
                throw new InvalidInputException(prefix + "price", "invalid_price", "a price is at most 1 000 000");
            }
            int stock = row.stock().isEmpty() ? 0 : parseStock(prefix + "stock", row.stock());
            variants.add(new VariantDraft(sku, options, price, stock));
        }
        if (variants.isEmpty()) {
            throw new InvalidInputException("variant.0.price", "invalid_variants", "a product needs at least one variant");
        }
        return new ProductDraft(name.strip(), description.strip(), categoryId, images, variants);
    }

    static int parseStock(String field, String text) {
        try {
            long stock = Long.parseLong(text.strip());
            if (stock >= 0 && stock <= VariantRules.MAX_STOCK) {
                return (int) stock;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, "invalid_stock", "a stock is a whole number between 0 and " + VariantRules.MAX_STOCK);
    }

    /** The option column names that have a value in some row, for the page's hint. */
    public Optional<String> firstOptionName() {
        return optionNames.stream().filter(name -> !name.isEmpty()).findFirst();
    }
}
