package io.comptoir.app.admin;

/** The addresses of the territory's back-office. */
public final class AdminPaths {
    public static final String ROOT = "/admin";
    public static final String SHOPS = ROOT + "/boutiques";
    public static final String ACCOUNTS = ROOT + "/comptes";
    public static final String ORDERS = ROOT + "/commandes";
    public static final String MAIL = ROOT + "/courriels";
    public static final String PRIVACY = ROOT + "/donnees-personnelles";
    public static final String EVENTS = ROOT + "/evenements";
    public static final String IMPORT = ROOT + "/import";
    public static final String IMPORT_PREVIEW = IMPORT + "/apercu";
    public static final String IMPORT_CONFIRM = IMPORT + "/confirmer";
    public static final String TERRITORY = ROOT + "/territoire";
    public static final String TERRITORY_HOME = TERRITORY + "/accueil";
    public static final String TERRITORY_FEATURED = TERRITORY + "/a-la-une";
    public static final String TERRITORY_CONTACT = TERRITORY + "/contact";

    private AdminPaths() {
    }

    public static String shop(long id) {
        return SHOPS + "/" + id;
    }

    public static String account(long id) {
        return ACCOUNTS + "/" + id;
    }

    public static String order(long id) {
        return ORDERS + "/" + id;
    }

    /** A subscription to the event feed, by name (lower case letters, digits, {@code _ . -}: safe in a path). */
    public static String subscription(String name) {
        return EVENTS + "/" + name;
    }
}
