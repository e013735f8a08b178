package io.comptoir.app.vouchers;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.RedeemRequest;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherStatus;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The vouchers part of the territory's back-office, page by page, for territory admins only. */
final class VoucherAdminPagesTest {

    @EachDatabase
    void onlyTerritoryAdminsReachTheVoucherPagesAndEveryPagePassesTheAccessibilityChecks(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session staff = vm.staffOf(vm.catalogue().martin);
            Session admin = vm.admin();
            long programme = vm.booster.id();
            Batch batch = vm.services.stock().generate(programme, vm.booster.denominations().get(0).id(), 8, "pages-batch-0001",
                    m.engine.accounts().account(admin.accountId()).orElseThrow()).batch();
            List<String> pages = List.of("/admin/bons", "/admin/bons/programmes/" + programme, "/admin/bons/programmes/nouveau",
                    "/admin/bons/programmes/" + programme + "/modifier", "/admin/bons/financeurs", "/admin/bons/points-de-vente",
                    "/admin/bons/points-de-vente/" + vm.tobacconist.id(), "/admin/bons/programmes/" + programme + "/stock",
                    "/admin/bons/lots/" + batch.id(), "/admin/bons/recherche", "/admin/bons/audit",
                    "/admin/bons/programmes/" + programme + "/releves");
            for (String path : pages) {
                HttpResponse<String> page = m.get(path, admin);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                PageChecks.assertAccessible(PageChecks.parse(page), "fr");
                assertThat(m.get(path, staff).statusCode()).as("staff on " + path).isEqualTo(403);
                assertThat(m.get(path).statusCode()).as("anonymous on " + path).isEqualTo(303);
            }
            assertThat(m.postForm("/admin/bons/financeurs", staff, Map.of("code", "CCPL2", "name", "Pirate")).statusCode()).isEqualTo(403);
            assertThat(vm.services.programmes().funderByCode("CCPL2")).isEmpty();
            assertThat(PageChecks.parse(m.get("/admin/bons/audit", admin)).select("#audit-result").text()).contains("aucun écart");
        }
    }

    @EachDatabase
    void theProgrammePageShowsTheBudgetCommittedBySalesAndWhatShopsRedeemed(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Session admin = vm.admin();
            Voucher first = vm.booster();
            vm.booster();
            vm.booster();
            var staff = vm.staffOf("Camille", vm.catalogue().martin);
            vm.services.store().redeem(new RedeemRequest(vm.catalogue().martin.id(), staff, first.code().value(), Money.euros(700),
                    UUID.randomUUID().toString(), "10.0.0.1"));

            Document page = PageChecks.parse(vm.get("/admin/bons/programmes/" + vm.booster.id(), admin));
            assertThat(plain(page.select(".vo-budget-granted").text())).isEqualTo("1 000,00 €");
            assertThat(plain(page.select(".vo-budget-committed").text())).isEqualTo("6,00 €");
            assertThat(plain(page.select(".vo-budget-remaining").text())).isEqualTo("994,00 €");
            assertThat(page.select("meter#budget-gauge").attr("value")).isEqualTo("600");
            assertThat(page.select("meter#budget-gauge").attr("max")).isEqualTo("100000");
            assertThat(page.select(".vo-sold").text()).isEqualTo("3");
            assertThat(plain(page.select(".vo-redeemed").text())).isEqualTo("7,00 €");
            assertThat(plain(page.select(".vo-outstanding").text())).isEqualTo("29,00 €");
            assertThat(page.select("#sales-pos ~ .table-wrap").text()).contains("Tabac de la Place", "3");
            assertThat(page.select("#redeemed-shop ~ .table-wrap").text()).contains("Chaussures Martin", "7,00");
            assertThat(page.select("#redeemed-commune ~ .table-wrap").text()).contains("Saint-Omer", "7,00");
        }
    }

    @EachDatabase
    void aLostVoucherIsFoundByItsCodeBlockedAndItsBalanceReissuedOnANewCode(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            Voucher lost = vm.booster();
            var staff = m.staffOf("Camille", vm.catalogue().martin);
            vm.services.store().redeem(new RedeemRequest(vm.catalogue().martin.id(), staff, lost.code().value(), Money.euros(200),
                    UUID.randomUUID().toString(), "10.0.0.1"));

            HttpResponse<String> found = m.postForm("/admin/bons/recherche", admin, Map.of("code", lost.code().grouped().toLowerCase()));
            assertThat(found.statusCode()).isEqualTo(303);
            String voucherPage = VoucherMarket.location(found);
            assertThat(voucherPage).isEqualTo("/admin/bons/bon/" + lost.id());
            Document page = PageChecks.parse(m.get(voucherPage, admin));
            assertThat(page.select(".vo-code").text()).isEqualTo(lost.code().masked());
            assertThat(plain(page.select(".vo-balance").text())).isEqualTo("10,00 €");
            assertThat(page.select("#voucher-history ~ ul").text()).contains("Tabac de la Place");
            assertThat(m.postForm("/admin/bons/recherche", admin, Map.of("code", "0000-0000-0000-0")).statusCode()).isEqualTo(404);

            assertThat(m.postForm(voucherPage + "/bloquer", admin, Map.of("reason", "")).statusCode()).isEqualTo(400);
            assertThat(vm.reload(lost).status()).isEqualTo(VoucherStatus.ACTIVE);
            HttpResponse<String> blocked = m.postForm(voucherPage + "/bloquer", admin, Map.of("reason", "perdu, signalé le 24/11"));
            assertThat(blocked.statusCode()).isEqualTo(303);
            assertThat(vm.reload(lost).status()).isEqualTo(VoucherStatus.BLOCKED);
            assertThat(m.postForm("/espace-commercant/" + vm.catalogue().martin.id() + "/bons/encaisser", m.session(staff),
                    Map.of("code", lost.code().grouped(), "amount", "1", "key", "blocked-key-0001")).statusCode()).isEqualTo(409);

            HttpResponse<String> reissued = m.postForm(voucherPage + "/reemettre", admin, Map.of());
            assertThat(reissued.statusCode()).isEqualTo(200);
            Document replacementPage = PageChecks.parse(reissued);
            String newCode = replacementPage.select(".vo-code").text();
            assertThat(newCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=U]");
            Voucher replacement = vm.services.vouchers().findByCode(newCode, m.engine.accounts().account(admin.accountId()).orElseThrow())
                    .orElseThrow();
            assertThat(replacement.balance()).isEqualTo(Money.euros(1000));
            assertThat(replacement.replacesVoucherId()).contains(lost.id());
            assertThat(vm.reload(lost).balance()).isEqualTo(Money.euros(0));
            assertThat(m.postForm(voucherPage + "/reemettre", admin, Map.of()).statusCode()).isIn(200, 409);
            assertThat(vm.services.audit().verify().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aWeeksStatementsAreIssuedReadPaidAndExportedWithWhoOwesWhat(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            Voucher voucher = vm.booster();
            var martin = vm.catalogue().martin;
            Session martinStaff = vm.staffOf(martin);
            vm.services.store().redeem(new RedeemRequest(martin.id(), m.engine.accounts().account(martinStaff.accountId()).orElseThrow(),
                    voucher.code().value(), Money.euros(1200), UUID.randomUUID().toString(), "10.0.0.1"));
            String statements = "/admin/bons/programmes/" + vm.booster.id() + "/releves";

            assertThat(m.postForm(statements, admin, Map.of("periodStart", VoucherMarket.MONDAY.toString())).statusCode()).isEqualTo(409);
            vm.clock.set(Instant.parse("2026-11-30T08:00:00Z"));
            assertThat(m.postForm(statements, admin, Map.of("periodStart", "2026-11-24")).statusCode()).isEqualTo(400);
            HttpResponse<String> issued = m.postForm(statements, admin, Map.of("periodStart", VoucherMarket.MONDAY.toString()));
            assertThat(issued.statusCode()).isEqualTo(303);
            Document list = PageChecks.parse(m.get(statements, admin));
            assertThat(list.select("table tbody tr")).hasSize(4);
            long shopStatement = vm.services.settlements().statementsOf(io.comptoir.vouchers.api.StatementKind.MERCHANT,
                    martin.id().value()).get(0).id();

            Document detail = PageChecks.parse(m.get("/admin/bons/releves/" + shopStatement, admin));
            PageChecks.assertAccessible(detail, "fr");
            assertThat(detail.select("#statement-lines ~ .table-wrap").text()).contains("Argent des acheteurs · Tabac de la Place", "10,00",
                    "Subvention · Communauté d’agglomération du Pays de Saint-Omer", "1,73", "Subvention · Communauté de communes du Pays de Lumbres",
                    "0,27");
            HttpResponse<String> csv = m.get("/admin/bons/releves/" + shopStatement + "/csv", admin);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).isEqualTo(io.comptoir.vouchers.settlement.LedgerCsv.HEADER);
            String redemption = lines.stream().filter(line -> line.contains(";REDEMPTION;")).findFirst().orElseThrow();
            assertThat(redemption).contains(voucher.code().masked(), ";12,00;EUR;",
                    "MERCHANT_BUYER:" + martin.id().value() + ":" + vm.tobacconist.id() + "=10,00",
                    "MERCHANT_SUBSIDY:" + martin.id().value() + ":" + vm.capso.id() + "=1,73",
                    "MERCHANT_SUBSIDY:" + martin.id().value() + ":" + vm.ccpl.id() + "=0,27");
            assertThat(csv.body()).contains("REDEMPTION").doesNotContain(voucher.code().value()).doesNotContain(voucher.code().grouped());

            HttpResponse<String> shopCsv = m.get("/espace-commercant/" + martin.id() + "/bons/releves/" + shopStatement + "/csv", martinStaff);
            assertThat(shopCsv.statusCode()).isEqualTo(200);
            assertThat(shopCsv.body()).isEqualTo(csv.body());
            Document shopPage = PageChecks.parse(m.get("/espace-commercant/" + martin.id() + "/bons/releves/" + shopStatement, martinStaff));
            PageChecks.assertAccessible(shopPage, "fr");
            assertThat(shopPage.select("#statement-lines ~ .table-wrap").text()).contains("Argent des acheteurs · Tabac de la Place");
            Session rucherStaff = vm.staffOf(vm.catalogue().rucher);
            assertThat(m.get("/espace-commercant/" + vm.catalogue().rucher.id() + "/bons/releves/" + shopStatement, rucherStaff).statusCode())
                    .isEqualTo(404);

            assertThat(m.postForm("/admin/bons/releves/" + shopStatement + "/paiement", admin, Map.of("reference", "")).statusCode()).isEqualTo(400);
            assertThat(m.postForm("/admin/bons/releves/" + shopStatement + "/paiement", admin, Map.of("reference", "VIR-2026-118")).statusCode())
                    .isEqualTo(303);
            assertThat(vm.services.settlements().statement(shopStatement).orElseThrow().paymentReference()).contains("VIR-2026-118");
            assertThat(PageChecks.parse(m.get("/espace-commercant/" + martin.id() + "/bons/releves", martinStaff)).select("table").text())
                    .contains("12,00", "10,00", "2,00", "Payé");
            HttpResponse<String> ledger = m.get("/admin/bons/programmes/" + vm.booster.id() + "/grand-livre?du=2026-11-01&au=2026-11-30", admin);
            assertThat(ledger.statusCode()).isEqualTo(200);
            assertThat(ledger.body()).contains("GRANT", "SALE", "REDEMPTION", "PAYMENT");
        }
    }

    @EachDatabase
    void programmesFundersPointsOfSaleAndStockAreSetUpThroughTheForms(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            VoucherMarket m = vm;
            Session admin = vm.admin();
            Map<String, String> programme = new java.util.LinkedHashMap<>(Map.of("name", "Chèque cadeau", "slug", "cheque-cadeau",
                    "denominations", "10,00\n20,00 / 20,00", "saleOpensOn", "2026-11-01", "validityMonths", "12", "creditValidityDays", "90",
                    "cancelWindow", "15", "expiryRule", "RETURN_SUBSIDY_TO_BUDGET", "settlementPeriod", "MONTH", "channels", "POINT_OF_SALE"));
            programme.put("allLiveShops", "true");
            programme.put("denominations", "12,00 / 13,00");
            HttpResponse<String> refused = m.postForm("/admin/bons/programmes/nouveau", admin, programme);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(refused).select("#p-denominations-error").text()).isNotBlank();
            assertThat(vm.services.programmes().programmeBySlug("cheque-cadeau")).isEmpty();
            programme.put("denominations", "10,00\n20,00 / 20,00");
            HttpResponse<String> created = m.postForm("/admin/bons/programmes/nouveau", admin, programme);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
            assertThat(vm.services.programmes().programmeBySlug("cheque-cadeau").orElseThrow().denominations()).hasSize(2);

            String edit = "/admin/bons/programmes/" + vm.booster.id() + "/modifier";
            org.jsoup.nodes.FormElement form = (org.jsoup.nodes.FormElement) PageChecks.parse(m.get(edit, admin)).selectFirst("form.bo-form");
            List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
            // as a browser sends it: Jsoup would send the first option of a multiple select with nothing selected
            List<String> multiple = form.select("select[multiple]").eachAttr("name");
            form.formData().stream().filter(field -> !multiple.contains(field.key()))
                    .forEach(field -> fields.add(Map.entry(field.key(), field.key().equals("name") ? "Happy Kdo Booster 2026" : field.value())));
            form.select("select[multiple] option[selected]").forEach(option -> fields.add(Map.entry(option.parent().attr("name"), option.val())));
            HttpResponse<String> saved = m.postForm(edit, admin, fields);
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
            var booster = vm.services.programmes().require(vm.booster.id());
            assertThat(booster.name()).isEqualTo("Happy Kdo Booster 2026");
            assertThat(booster.funders()).isEqualTo(vm.booster.funders());
            assertThat(booster.eligibility()).isEqualTo(vm.booster.eligibility());
            assertThat(booster.denominations()).extracting(d -> d.face()).containsExactly(Money.euros(1200));

            assertThat(m.postForm("/admin/bons/financeurs", admin, Map.of("code", "x", "name", "Trop court")).statusCode()).isEqualTo(400);
            assertThat(m.postForm("/admin/bons/financeurs", admin, Map.of("code", "CAPSO", "name", "Doublon")).statusCode()).isEqualTo(409);
            assertThat(m.postForm("/admin/bons/financeurs", admin, Map.of("code", "REGION", "name", "Région Hauts-de-France")).statusCode())
                    .isEqualTo(303);
            assertThat(vm.services.programmes().funderByCode("REGION")).isPresent();

            HttpResponse<String> pos = m.postForm("/admin/bons/points-de-vente", admin, Map.of("name", "Presse d’Arques", "street", "8 rue Jean-Jaurès",
                    "postalCode", "62510", "communeInsee", "62040", "phone", "03 21 00 00 02", "active", "true"));
            assertThat(pos.statusCode()).isEqualTo(303);
            String posPage = VoucherMarket.location(pos).replaceAll("\\?.*", "");
            var operator = m.shopper("Nadia Presse");
            assertThat(m.postForm(posPage + "/operateurs", admin, Map.of("email", "personne@example.org")).statusCode()).isEqualTo(400);
            assertThat(m.postForm(posPage + "/operateurs", admin, Map.of("email", operator.email())).statusCode()).isEqualTo(303);
            long posId = Long.parseLong(posPage.substring(posPage.lastIndexOf('/') + 1));
            assertThat(vm.services.pointsOfSale().operators(posId)).extracting(a -> a.email()).containsExactly(operator.email());

            String stock = "/admin/bons/programmes/" + vm.booster.id() + "/stock";
            String batchKey = PageChecks.parse(m.get(stock, admin)).select("input[name=batchKey]").val();
            assertThat(m.postForm(stock, admin, Map.of("denomination", Long.toString(vm.booster.denominations().get(0).id()), "size", "0",
                    "batchKey", batchKey)).statusCode()).isEqualTo(400);
            HttpResponse<String> generated = m.postForm(stock, admin, Map.of("denomination",
                    Long.toString(vm.booster.denominations().get(0).id()), "size", "8", "batchKey", batchKey));
            assertThat(generated.statusCode()).isEqualTo(303);
            String batch = VoucherMarket.location(generated).replaceAll("\\?.*", "");
            assertThat(m.postForm(batch + "/attribution", admin, Map.of("from", "1", "to", "4", "pointOfSale", Long.toString(posId))).statusCode())
                    .isEqualTo(303);
            assertThat(m.postForm(batch + "/retour", admin, Map.of("from", "3", "to", "8", "pointOfSale", Long.toString(posId))).statusCode())
                    .isEqualTo(303);
            Batch after = vm.services.stock().batches(vm.booster.id()).get(0);
            assertThat(after.unassigned()).isEqualTo(4);
            assertThat(after.inStock()).isEqualTo(2);
            assertThat(after.voided()).isEqualTo(2);
            HttpResponse<byte[]> pdf = bytes(m, batch + "/feuilles?de=1&a=4", admin);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    /** French amounts use no-break spaces: compare them as plain spaces. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static HttpResponse<byte[]> bytes(VoucherMarket m, String path, Session session) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(m.uri(path))
                    .header("Cookie", VoucherMarket.cookie(session)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
