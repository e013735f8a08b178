package io.comptoir.app.seed;

import java.util.List;

/** The JSON shapes of the seed files (see seeds/README.md). */
final class SeedFiles {
    private SeedFiles() {
    }

    record TerritoryFile(String name, String currency, String timeZone, List<IntercommunalityEntry> intercommunalities,
                         List<CommuneEntry> communes) {
    }

    record IntercommunalityEntry(String code, String name, String siren) {
    }

    record CommuneEntry(String insee, String name, String postalCode, String intercommunality, int population) {
    }

    record CategoryEntry(String slug, String name, List<CategoryEntry> children) {
        List<CategoryEntry> childrenOrEmpty() {
            return children == null ? List.of() : children;
        }
    }

    record MerchantEntry(String ref, String name, String siret, String trade, String description, AddressEntry address,
                         ContactEntry contact, String openingHours, List<String> categories, boolean featured, String status) {
    }

    record AddressEntry(String street, String postalCode, String communeInsee) {
    }

    record ContactEntry(String email, String phone, String website) {
    }

    record ProductEntry(String ref, String merchant, String name, String description, String category, String createdAt,
                        List<VariantEntry> variants) {
    }

    record VariantEntry(String sku, List<List<String>> options, long price, int stock) {
    }

    /**
     * The demo accounts, all with one password. {@code shopStaff = "contact"} gives each shop a staff account under its
     * contact e-mail.
     */
    record AccountsFile(String password, List<AccountEntry> accounts, String shopStaff) {
    }

    record AccountEntry(String email, String name, List<String> roles) {
    }
}
