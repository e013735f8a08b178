package io.comptoir.app.catalogue;

import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.ID;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.okArray;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Operations.repeated;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.bool;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableRef;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/** The public, read-only part of the API: products, shops, categories, communes. */
public final class CatalogueApiSection implements OpenApiSection {

    @Override
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Products", "Search and read the products shoppers can see");
        tags.put("Merchants", "The live shops");
        tags.put("Catalogue", "The category tree");
        tags.put("Territory", "The communes of the territory");
        return tags;
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        paths.put("/api/v1/products", methods("get", operation("searchProducts", "Products",
                "Searches the products shoppers can see",
                "Free text in French plus filters. Filters of one kind are OR-ed, kinds are AND-ed; a category matches its "
                        + "descendants. Prices are compared on a product's lowest price. Facet counts follow the drill-sideways rule.",
                List.of(query("q", map("type", "string", "maxLength", 200, "description", "Free text; empty matches every product")),
                        repeated("commune", map("type", "string", "pattern", "^[0-9][0-9AB][0-9]{3}$"), "INSEE code of a commune"),
                        repeated("category", map("type", "integer", "format", "int64", "minimum", 1), "Category id"),
                        repeated("merchant", map("type", "integer", "format", "int64", "minimum", 1), "Merchant id"),
                        query("minPrice", map("type", "integer", "format", "int64", "minimum", 0, "description", "Lowest price, minor units, inclusive")),
                        query("maxPrice", map("type", "integer", "format", "int64", "minimum", 0, "description", "Highest price, minor units, inclusive")),
                        query("inStock", map("type", "boolean", "default", false, "description", "Only products with a variant in stock")),
                        query("sort", map("type", "string", "enum", List.of("relevance", "price_asc", "price_desc", "newest"),
                                "default", "relevance")),
                        query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0,
                                "description", "Zero-based page number")),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 24))),
                ok("ProductResultPage"), BAD_REQUEST)));
        paths.put(SuggestionsApi.PATH, methods("get", operation("suggestSearches", "Products",
                "Suggests products, shops and categories while the shopper types",
                "Names beginning with the words typed (the last one perhaps unfinished), or, when none does, within a typo of "
                        + "them (one edit from 5 letters, two from 8). Identical products of several shops are one suggestion. "
                        + "An empty text gets empty lists. Answers may be cached for a minute.",
                List.of(query("q", map("type", "string", "maxLength", 200, "description", "What the shopper has typed so far")),
                        query("limit", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 20, "default", 6,
                                "description", "The most suggestions of each kind"))),
                ok("SearchSuggestions"), BAD_REQUEST)));
        paths.put("/api/v1/products/{id}", methods("get", operation("getProduct", "Products", "Reads a product shoppers can see",
                "Hidden products and products of shops that are not live are not found.",
                List.of(ID), ok("ProductDetail"), BAD_REQUEST, NOT_FOUND)));
        paths.put("/api/v1/merchants", methods("get", operation("listMerchants", "Merchants", "Lists the live shops, by name",
                "Only shops selling on the marketplace now.",
                List.of(query("commune", map("type", "string", "pattern", "^[0-9][0-9AB][0-9]{3}$", "description", "INSEE code")),
                        query("category", map("type", "integer", "format", "int64", "minimum", 1,
                                "description", "Shops selling in this category or a descendant")),
                        query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50))),
                ok("ShopPage"), BAD_REQUEST)));
        paths.put("/api/v1/merchants/{id}", methods("get", operation("getMerchant", "Merchants", "Reads a live shop",
                "Shops that are not live are not found.", List.of(ID), ok("Shop"), BAD_REQUEST, NOT_FOUND)));
        paths.put("/api/v1/categories", methods("get", operation("listCategories", "Catalogue", "The category tree",
                "Roots first, then by position.", List.of(), okArray("CategoryNode"))));
        paths.put("/api/v1/communes", methods("get", operation("listCommunes", "Territory", "The communes of the territory",
                "By name, with their intercommunality and how many live shops they have.", List.of(), okArray("Commune"))));

        schemas.putAll(schemas());
    }

    private static Map<String, Object> methods(Object... methodsAndOperations) {
        return map(methodsAndOperations);
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Money", object("An amount of money",
                "amount", int64("Minor units of the currency (cents)"),
                "currency", string("ISO 4217 code, e.g. EUR")));
        schemas.put("MerchantRef", object("A shop, in short",
                "id", int64("Merchant id"), "name", string("Shop name"), "slug", string("URL name"),
                "url", string("The shop's page")));
        schemas.put("CommuneRef", object("A commune, in short",
                "insee", string("INSEE code"), "name", string("Commune name")));
        schemas.put("SearchSuggestions", object("What the search box proposes for a text",
                "text", string("The text the suggestions are for"),
                "products", array(ref("ProductSuggestion"), "Distinct products, best first"),
                "shops", array(ref("ShopSuggestion"), "Shops, best first"),
                "categories", array(ref("CategorySuggestion"), "Categories, best first")));
        schemas.put("ProductSuggestion", object("A product to suggest: the best of the identical products of several shops",
                "id", int64("Product id"), "name", string("Product name"), "url", string("The product's page"),
                "shop", string("The shop selling it"), "otherShops", int32("How many other shops sell the identical product")));
        schemas.put("ShopSuggestion", object("A shop to suggest",
                "id", int64("Merchant id"), "name", string("Shop name"), "url", string("The shop's page"), "commune", string("Commune name")));
        schemas.put("CategorySuggestion", object("A category to suggest",
                "id", int64("Category id"), "name", string("Category name"), "url", string("The category's page")));
        schemas.put("CategoryRef", object("A category, in short", "id", int64("Category id"), "name", string("Category name")));
        schemas.put("CategoryLink", object("A category with its URL name",
                "id", int64("Category id"), "slug", string("URL name"), "name", string("Category name")));
        schemas.put("Image", object("A picture", "url", string("Address of the file"), "alt", string("Alternative text")));
        schemas.put("ProductSummary", object("A product in a result list",
                "id", int64("Product id"), "slug", string("URL name"), "name", string("Product name"),
                "merchant", ref("MerchantRef"), "commune", ref("CommuneRef"), "category", ref("CategoryRef"),
                "minPrice", ref("Money"), "maxPrice", ref("Money"),
                "inStock", bool("Whether a variant is in stock"),
                "image", nullableString("Address of the first picture, null when there is none"),
                "url", string("The product's page")));
        schemas.put("FacetValue", object("A value of a facet",
                "value", string("The value to filter on (INSEE code, id, price band such as 1000-2000, true/false)"),
                "label", string("What people read"), "count", int64("Matching products")));
        schemas.put("Facet", object("Counts per value of a dimension",
                "name", map("type", "string", "enum", List.of("commune", "category", "merchant", "price", "inStock")),
                "values", array(ref("FacetValue"), "By count, then label; zero counts left out")));
        schemas.put("ProductResultPage", object("A page of search results",
                "items", array(ref("ProductSummary"), "The page's products"),
                "total", int64("Matching products over all pages"),
                "page", int32("Zero-based page number"), "size", int32("Page size"),
                "facets", array(ref("Facet"), "commune, category, merchant, price, inStock")));
        schemas.put("VariantOption", object("An option of a variant; its name and its value have 1 to 60 characters each (a longer one "
                        + "is a 400 naming `options`)",
                "name", map("type", "string", "minLength", 1, "maxLength", 60, "description", "e.g. Taille; 1 to 60 characters"),
                "value", map("type", "string", "minLength", 1, "maxLength", 60, "description", "e.g. 42; 1 to 60 characters")));
        schemas.put("Variant", object("A purchasable form of a product",
                "id", int64("Variant id"), "sku", string("Stock-keeping unit"),
                "label", string("The options for people, e.g. Taille: 42; empty without options"),
                "options", array(ref("VariantOption"), "Ordered options"),
                "price", ref("Money"), "stock", int32("Units available"), "inStock", bool("stock > 0")));
        schemas.put("ProductDetail", object("A product with its variants and pictures",
                "id", int64("Product id"), "slug", string("URL name"), "name", string("Product name"),
                "description", string("The shop's text"), "url", string("The product's page"),
                "merchant", ref("MerchantRef"), "commune", ref("CommuneRef"), "category", ref("CategoryLink"),
                "categoryPath", array(ref("CategoryLink"), "From the root category down to the product's"),
                "minPrice", ref("Money"), "maxPrice", ref("Money"), "inStock", bool("Whether a variant is in stock"),
                "images", array(ref("Image"), "Pictures, first is the main one"),
                "variants", array(ref("Variant"), "At least one"),
                "createdAt", map("type", "string", "format", "date-time"),
                "updatedAt", map("type", "string", "format", "date-time")));
        schemas.put("Address", object("A postal address",
                "street", string("Number and street"), "postalCode", string("Postal code"), "commune", ref("CommuneRef")));
        schemas.put("TimeRange", object("An open slot", "opens", string("HH:mm"), "closes", string("HH:mm")));
        schemas.put("OpeningDay", object("A day of the week",
                "day", map("type", "string", "enum", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")),
                "ranges", array(ref("TimeRange"), "Empty when closed")));
        schemas.put("OpeningHours", object("Weekly opening hours, wall-clock time of the marketplace's zone (GET /api/v1/territory: timeZone)",
                "text", string("OpenStreetMap-like form, e.g. Mo-Fr 09:00-19:00; Sa 09:00-12:00"),
                "days", array(ref("OpeningDay"), "Monday to Sunday")));
        schemas.put("Contact", object("How to reach the shop",
                "email", nullableString("E-mail address"), "phone", nullableString("Phone number"),
                "website", nullableString("Web site")));
        schemas.put("Shop", object("A live shop",
                "id", int64("Merchant id"), "slug", string("URL name"), "name", string("Shop name"),
                "trade", string("The kind of shop, in its words"), "description", string("The shop's text"),
                "url", string("The shop's page"), "featured", bool("Featured by the territory's campaign"),
                "photo", nullableRef("Image"), "address", ref("Address"), "openingHours", ref("OpeningHours"),
                "contact", ref("Contact"), "categories", array(ref("CategoryLink"), "Categories it sells in")));
        schemas.put("ShopPage", object("A page of shops",
                "items", array(ref("Shop"), "By name"), "total", int32("Matching shops"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("CategoryNode", object("A category and its children",
                "id", int64("Category id"), "slug", string("URL name"), "name", string("Category name"),
                "url", string("The category's page"), "children", array(ref("CategoryNode"), "Sub-categories")));
        schemas.put("IntercommunalityRef", object("A grouping of communes",
                "code", string("e.g. CAPSO"), "name", string("Full name")));
        schemas.put("Commune", object("A commune of the territory",
                "insee", string("INSEE code"), "name", string("Commune name"), "postalCode", string("Main postal code"),
                "population", int32("Municipal population"), "intercommunality", ref("IntercommunalityRef"),
                "liveShops", int32("Shops selling on the marketplace now"), "url", string("The commune's page")));
        return schemas;
    }
}
