package io.comptoir.app.vouchers;

/** The addresses the tests open, written out so that a renamed route breaks a test. */
final class PosPathsForTest {
    static final String ROOT = "/point-de-vente";

    private PosPathsForTest() {
    }
}
