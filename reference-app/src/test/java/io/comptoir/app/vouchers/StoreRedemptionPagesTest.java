package io.comptoir.app.vouchers;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Voucher;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter of the merchant back-office: staff check a voucher, redeem part of it, and get a receipt. */
final class StoreRedemptionPagesTest {

    private static String counter(Merchant shop) {
        return "/espace-commercant/" + shop.id() + "/bons";
    }

    @EachDatabase
    void staffCheckAVoucherRedeemPartOfItAndGetAReceiptOnceEvenWhenTheFormIsSentTwice(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Merchant martin = vm.catalogue().martin;
            Session staff = vm.staffOf(martin);
            Voucher voucher = vm.booster();
            VoucherMarket m = vm;

            HttpResponse<String> counter = m.get(counter(martin), staff);
            assertThat(counter.statusCode()).isEqualTo(200);
            PageChecks.assertAccessible(PageChecks.parse(counter), "fr");

            HttpResponse<String> checked = m.postForm(counter(martin) + "/verifier", staff,
                    Map.of("code", voucher.code().value().toLowerCase()));
            assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
            Document card = PageChecks.parse(checked);
            PageChecks.assertAccessible(card, "fr");
            assertThat(card.select(".vo-card").text()).contains("Happy Kdo Booster", "12,00", voucher.code().masked(), "2027");
            assertThat(card.text()).doesNotContain(voucher.code().grouped());
            String key = card.selectFirst("input[name=key]").val();

            Map<String, String> redeem = Map.of("code", voucher.code().grouped(), "amount", "5,50", "key", key);
            HttpResponse<String> redeemed = m.postForm(counter(martin) + "/encaisser", staff, redeem);
            assertThat(redeemed.statusCode()).as(redeemed.body()).isEqualTo(303);
            String receiptUrl = VoucherMarket.location(redeemed);
            assertThat(receiptUrl).contains("ok=voucher-redeemed");
            HttpResponse<String> receipt = m.get(receiptUrl, staff);
            assertThat(receipt.statusCode()).isEqualTo(200);
            Document receiptPage = PageChecks.parse(receipt);
            PageChecks.assertAccessible(receiptPage, "fr");
            assertThat(receiptPage.select(".vo-receipt").text()).contains("5,50", "6,50", martin.name());

            HttpResponse<String> again = m.postForm(counter(martin) + "/encaisser", staff, redeem);
            assertThat(again.statusCode()).isEqualTo(303);
            assertThat(VoucherMarket.location(again)).contains("ok=voucher-replayed")
                    .startsWith(receiptUrl.substring(0, receiptUrl.indexOf('?')));
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(650));
            assertThat(vm.services.store().redemptionsOf(martin.id(), m.engine.accounts().account(staff.accountId()).orElseThrow(),
                    LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24))).hasSize(1);

            HttpResponse<String> list = m.get(counter(martin) + "/encaissements", staff);
            assertThat(list.statusCode()).isEqualTo(200);
            PageChecks.assertAccessible(PageChecks.parse(list), "fr");
            assertThat(PageChecks.parse(list).select("table").text()).contains("5,50", voucher.code().masked());
        }
    }

    @EachDatabase
    void redeemingMoreThanTheBalanceIsRefusedAndBooksNothing(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Merchant martin = vm.catalogue().martin;
            Session staff = vm.staffOf(martin);
            Voucher voucher = vm.booster();

            HttpResponse<String> refused = vm.postForm(counter(martin) + "/encaisser", staff,
                    Map.of("code", voucher.code().grouped(), "amount", "12,01", "key", "counter-key-0001"));
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(PageChecks.parse(refused).select(".notice--problem").text()).contains("solde");
            HttpResponse<String> negative = vm.postForm(counter(martin) + "/encaisser", staff,
                    Map.of("code", voucher.code().grouped(), "amount", "-3", "key", "counter-key-0002"));
            assertThat(negative.statusCode()).isEqualTo(400);
            assertThat(PageChecks.parse(negative).select("#redeem-amount-error").text()).isNotBlank();
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void aShopOutsideTheProgrammeIsToldClearlyItCannotTakeTheVoucher(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Merchant lumbroise = vm.catalogue().lumbroise;
            Session staff = vm.staffOf(lumbroise);
            Voucher voucher = vm.booster();

            HttpResponse<String> checked = vm.postForm(counter(lumbroise) + "/verifier", staff, Map.of("code", voucher.code().grouped()));
            assertThat(checked.statusCode()).isEqualTo(200);
            Document page = PageChecks.parse(checked);
            assertThat(page.select(".vo-refusal").text()).contains("ne participe pas", "Happy Kdo Booster");
            assertThat(page.select("input[name=amount]")).isEmpty();
            HttpResponse<String> forced = vm.postForm(counter(lumbroise) + "/encaisser", staff,
                    Map.of("code", voucher.code().grouped(), "amount", "5", "key", "counter-key-0003"));
            assertThat(forced.statusCode()).isEqualTo(409);
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(1200));
        }
    }

    @EachDatabase
    void wrongCodesGetOneMessageWhateverWasWrongUntilTheLimitThenWait(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Merchant martin = vm.catalogue().martin;
            Session staff = vm.staffOf(martin);
            Voucher voucher = vm.booster();
            String typo = voucher.code().value().substring(0, 12) + (voucher.code().value().charAt(12) == 'A' ? "B" : "A");

            HttpResponse<String> mistyped = vm.postForm(counter(martin) + "/verifier", staff, Map.of("code", typo));
            HttpResponse<String> unknown = vm.postForm(counter(martin) + "/verifier", staff, Map.of("code", "0000-0000-0000-0"));
            assertThat(mistyped.statusCode()).isEqualTo(400);
            assertThat(unknown.statusCode()).isEqualTo(400);
            String message = PageChecks.parse(mistyped).select("#voucher-code-error").text();
            assertThat(message).isNotBlank().isEqualTo(PageChecks.parse(unknown).select("#voucher-code-error").text());
            int status = 400;
            for (int i = 0; i < 12 && status == 400; i++) {
                status = vm.postForm(counter(martin) + "/verifier", staff, Map.of("code", typo)).statusCode();
            }
            assertThat(status).isEqualTo(429);
            HttpResponse<String> limited = vm.postForm(counter(martin) + "/verifier", staff, Map.of("code", voucher.code().grouped()));
            assertThat(limited.statusCode()).isEqualTo(429);
        }
    }

    @EachDatabase
    void staffOfOneShopCannotRedeemForNorReadAnotherShop(TestDatabase db) {
        try (VoucherMarket vm = VoucherMarket.backOffice(db)) {
            Merchant martin = vm.catalogue().martin;
            Merchant rucher = vm.catalogue().rucher;
            Session martinStaff = vm.staffOf(martin);
            Voucher voucher = vm.booster();

            assertThat(vm.get(counter(rucher), martinStaff).statusCode()).isEqualTo(403);
            assertThat(vm.get(counter(rucher) + "/encaissements", martinStaff).statusCode()).isEqualTo(403);
            assertThat(vm.get(counter(rucher) + "/releves", martinStaff).statusCode()).isEqualTo(403);
            assertThat(vm.postForm(counter(rucher) + "/encaisser", martinStaff,
                    Map.of("code", voucher.code().grouped(), "amount", "5", "key", "counter-key-0004")).statusCode()).isEqualTo(403);
            String api = "/api/v1/merchant/" + rucher.id() + "/vouchers";
            assertThat(vm.api("POST", api + "/lookup", martinStaff, "{\"code\": \"" + voucher.code().grouped() + "\"}").statusCode())
                    .isEqualTo(403);
            assertThat(vm.apiGet(api + "/redemptions", martinStaff).statusCode()).isEqualTo(403);
            assertThat(vm.apiGet(api + "/statements", martinStaff).statusCode()).isEqualTo(403);
            assertThat(vm.reload(voucher).balance()).isEqualTo(Money.euros(1200));
            assertThat(vm.get(counter(martin), vm.session(vm.shopper("Dominique"))).statusCode()).isEqualTo(403);
        }
    }
}
