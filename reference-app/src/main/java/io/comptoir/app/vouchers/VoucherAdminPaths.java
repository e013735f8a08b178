package io.comptoir.app.vouchers;

import io.comptoir.app.admin.AdminPaths;

/** The addresses of the vouchers part of the territory's back-office ({@code /admin/bons}). */
public final class VoucherAdminPaths {
    public static final String ROOT = AdminPaths.ROOT + "/bons";
    public static final String PROGRAMMES = ROOT;
    public static final String NEW_PROGRAMME = ROOT + "/programmes/nouveau";
    public static final String FUNDERS = ROOT + "/financeurs";
    public static final String POINTS_OF_SALE = ROOT + "/points-de-vente";
    public static final String LOOKUP = ROOT + "/recherche";
    public static final String AUDIT = ROOT + "/audit";

    private VoucherAdminPaths() {
    }

    public static String programme(long id) {
        return ROOT + "/programmes/" + id;
    }

    public static String editProgramme(long id) {
        return programme(id) + "/modifier";
    }

    public static String budget(long id) {
        return programme(id) + "/budget";
    }

    public static String stock(long programmeId) {
        return programme(programmeId) + "/stock";
    }

    public static String batch(long batchId) {
        return ROOT + "/lots/" + batchId;
    }

    public static String statements(long programmeId) {
        return programme(programmeId) + "/releves";
    }

    public static String ledgerCsv(long programmeId) {
        return programme(programmeId) + "/grand-livre";
    }

    public static String statement(long id) {
        return ROOT + "/releves/" + id;
    }

    public static String pointOfSale(long id) {
        return POINTS_OF_SALE + "/" + id;
    }

    public static String voucher(long id) {
        return ROOT + "/bon/" + id;
    }
}
