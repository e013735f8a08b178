package io.comptoir.app.training;

import io.comptoir.training.api.ApplicationForm;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The fields of the "join the marketplace" form, as named by the plugin (and by the HTML form and the JSON body). */
public final class ApplicationFields {
    public static final List<String> NAMES = List.of("shopName", "siret", "trade", "street", "postalCode", "communeInsee",
            "contactName", "contactEmail", "contactPhone", "message");
    /** Longest value read per field: longer ones are refused before reaching the plugin. */
    public static final Map<String, Integer> MAX_LENGTHS = Map.of("shopName", 200, "siret", 40, "trade", 200, "street", 300,
            "postalCode", 10, "communeInsee", 10, "contactName", 100, "contactEmail", 254, "contactPhone", 40, "message", 2000);

    private ApplicationFields() {
    }

    /** The form from one reader of named values (form fields or JSON). */
    public static ApplicationForm read(Function<String, String> field) {
        return new ApplicationForm(field.apply("shopName"), field.apply("siret"), field.apply("trade"), field.apply("street"),
                field.apply("postalCode"), field.apply("communeInsee"), field.apply("contactName"), field.apply("contactEmail"),
                field.apply("contactPhone"), field.apply("message"));
    }
}
