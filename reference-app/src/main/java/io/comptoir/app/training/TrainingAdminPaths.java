package io.comptoir.app.training;

/** The addresses of the training part of the territory's back-office and of its JSON API. */
public final class TrainingAdminPaths {
    public static final String ROOT = "/admin/formation";
    public static final String COURSES = ROOT + "/cours";
    public static final String MODULES = ROOT + "/modules";
    public static final String SESSIONS = ROOT + "/sessions";
    public static final String REPORTS = ROOT + "/rapports";
    public static final String MEMBERSHIP = ROOT + "/adhesion";
    public static final String API = "/api/v1/admin/training";

    private TrainingAdminPaths() {
    }

    public static String course(long id) {
        return COURSES + "/" + id;
    }

    public static String module(long id) {
        return MODULES + "/" + id;
    }

    public static String session(long id) {
        return SESSIONS + "/" + id;
    }
}
