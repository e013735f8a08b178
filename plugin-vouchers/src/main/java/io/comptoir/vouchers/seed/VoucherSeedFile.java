package io.comptoir.vouchers.seed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The shape of {@code seeds/<territory>/vouchers.json} (see seeds/README.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
record VoucherSeedFile(VoucherShopEntry voucherShop, List<FunderEntry> funders, List<ProgrammeEntry> programmes,
                       List<ShopRef> optedOut, List<PointOfSaleEntry> pointsOfSale) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VoucherShopEntry(String name, String siret, String trade, String description, AddressEntry address, ContactEntry contact,
                            CategoryRef category) {
    }

    /** A category of categories.json: the engine makes its own slugs, so it is found by name (the slug says which one). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CategoryRef(String slug, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AddressEntry(String street, String postalCode, String communeInsee) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactEntry(String email, String phone, String website) {
    }

    /** A funder; its share of every top-up is its population. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FunderEntry(String code, String name, long population) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProgrammeEntry(String slug, String name, String description, String saleOpensOn, String saleClosesOn, String spendUntil,
                          Integer validityMonths, List<DenominationEntry> denominations, long budget, List<String> funders,
                          BuyerLimitEntry buyerLimit, EligibilityEntry eligibility, String expiryRule, List<String> channels,
                          Integer cancelWindowMinutes, String settlementPeriod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DenominationEntry(long face, long price) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BuyerLimitEntry(Integer vouchersPerSale, Integer vouchersPerBuyer, Long amountPerBuyer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EligibilityEntry(boolean allLiveShops, boolean exceptOptedOut) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShopRef(String ref, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PointOfSaleEntry(String ref, String name, AddressEntry address, String phone, String operatorEmail) {
    }
}
