package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherMovement;
import io.comptoir.vouchers.api.VoucherPage;
import io.comptoir.vouchers.api.VoucherQuery;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.TransactionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The territory admin lists and searches vouchers and reads each one's history; a shopper adds a voucher bought at a point of sale to their wallet. */
final class VoucherSearchAndWalletTest {

    @EachDatabase
    void theAdminSearchesByProgrammeStatusCodeAndPointOfSalePageByPage(TestDatabase db) {
        try (Market market = new Market(db)) {
            List<Voucher> boosters = market.sellBooster(5).vouchers();
            Voucher gift = market.sellGift(2000, Optional.of("Lea.Martin@example.org")).vouchers().get(0);
            market.redeem(market.shoesStaff, market.shoes, boosters.get(0), 1200);

            List<Long> walked = new ArrayList<>();
            VoucherPage page = market.vouchers().search(VoucherQuery.all(2), market.admin);
            walked.addAll(ids(page));
            while (page.next().isPresent()) {
                page = market.vouchers().search(new VoucherQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                        page.next(), 2), market.admin);
                walked.addAll(ids(page));
            }
            assertThat(walked).as("newest first, each once").hasSize(6).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();

            assertThat(ids(search(market, new VoucherQuery(Optional.of(market.booster.id()), Set.of(VoucherStatus.SPENT), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 50)))).containsExactly(boosters.get(0).id());
            assertThat(ids(search(market, new VoucherQuery(Optional.empty(), Set.of(), Optional.of(boosters.get(3).code().grouped()),
                    Optional.empty(), Optional.empty(), Optional.empty(), 50)))).containsExactly(boosters.get(3).id());
            assertThat(ids(search(market, new VoucherQuery(Optional.empty(), Set.of(), Optional.of(gift.code().lastFour().toLowerCase()),
                    Optional.empty(), Optional.empty(), Optional.empty(), 50)))).contains(gift.id());
            assertThat(ids(search(market, new VoucherQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                    Optional.of(market.newsagent.id()), Optional.empty(), 50)))).containsExactly(gift.id());

            assertThatThrownBy(() -> search(market, new VoucherQuery(Optional.empty(), Set.of(), Optional.of("AB"), Optional.empty(),
                    Optional.empty(), Optional.empty(), 50))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("code"));
            assertThatThrownBy(() -> search(market, new VoucherQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("nonsense"), 50))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("after"));
            Account shopper = market.account("Curieux");
            assertThatThrownBy(() -> market.vouchers().search(VoucherQuery.all(10), shopper)).isInstanceOf(NotFoundException.class);
        }
    }

    @EachDatabase
    void aVouchersHistoryShowsItsSaleAndEachRedemptionWithTheBalanceAfter(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            market.redeem(market.shoesStaff, market.shoes, voucher, 500);
            market.redeem(market.grocerStaff, market.grocer, voucher, 300);

            List<VoucherMovement> history = market.vouchers().history(voucher.id(), market.admin);

            assertThat(history).extracting(VoucherMovement::kind)
                    .containsExactly(TransactionKind.SALE, TransactionKind.REDEMPTION, TransactionKind.REDEMPTION);
            assertThat(history).extracting(movement -> movement.balanceChange().minorUnits()).containsExactly(1200L, -500L, -300L);
            assertThat(history).extracting(movement -> movement.balanceAfter().minorUnits()).containsExactly(1200L, 700L, 400L);
            assertThat(history.get(2).balanceAfter()).isEqualTo(market.reload(voucher).balance());
            assertThatThrownBy(() -> market.vouchers().history(999_999, market.admin)).isInstanceOf(NotFoundException.class);
        }
    }

    @EachDatabase
    void aShopperAddsAVoucherBoughtAtAPointOfSaleToTheirWalletOnce(TestDatabase db) {
        try (Market market = new Market(db)) {
            Voucher voucher = market.oneBooster();
            Account camille = market.account("Camille Durand");
            Account dominique = market.account("Dominique Lefebvre");
            Requester here = Requester.of(camille.id(), "10.0.0.7");

            Voucher attached = market.vouchers().attach(voucher.code().grouped().toLowerCase(), camille, here);

            assertThat(attached.holderAccount()).contains(camille.id());
            assertThat(market.vouchers().walletOf(camille.id())).extracting(Voucher::id).containsExactly(voucher.id());
            assertThat(market.vouchers().attach(voucher.code().value(), camille, here).id()).as("again: nothing changes").isEqualTo(voucher.id());
            assertThatThrownBy(() -> market.vouchers().attach(voucher.code().value(), dominique, Requester.of(dominique.id(), "10.0.0.8")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("voucher_held"));
            assertThatThrownBy(() -> market.vouchers().attach("AAAA-BBBB-CCCC-D", dominique, Requester.of(dominique.id(), "10.0.0.8")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("code"));
            assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(1200));
        }
    }

    private static VoucherPage search(Market market, VoucherQuery query) {
        return market.vouchers().search(query, market.admin);
    }

    private static List<Long> ids(VoucherPage page) {
        return page.vouchers().stream().map(Voucher::id).toList();
    }
}
