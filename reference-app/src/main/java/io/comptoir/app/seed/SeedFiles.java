package io.comptoir.app.seed;

import java.util.List;

/** The JSON shapes of a territory's demo files (see territories/README.md). */
final class SeedFiles {
    private SeedFiles() {
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
