package io.comptoir.vouchers.stock;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.SaleResult;
import io.comptoir.vouchers.api.StockSaleRequest;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.api.VoucherStock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class StockTest {

    @EachDatabase
    void preprintedVouchersAreWorthNothingUntilTheirPointOfSaleSellsThem(TestDatabase db) throws Exception {
        try (Market market = new Market(db)) {
            long denomination = market.booster.denominations().get(0).id();
            Batch batch = market.stock().generate(market.booster.id(), denomination, 100, "batch-key-0001", market.admin).batch();
            assertThat(batch.size()).isEqualTo(100);
            assertThat(batch.unassigned()).isEqualTo(100);
            assertThat(market.stock().assign(batch.id(), 1, 50, market.tobacconist.id(), market.admin)).isEqualTo(50);
            assertThat(market.stock().assign(batch.id(), 51, 100, market.newsagent.id(), market.admin)).isEqualTo(50);
            List<String> codes = codes(market, batch.id());
            String first = codes.get(0);

            byte[] sheets = market.stock().sheets(batch.id(), 1, 8, market.admin);
            PdfReader reader = new PdfReader(sheets);
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains(grouped(first)).contains("Série " + batch.id() + " — n° 000001");
            assertThatThrownBy(() -> market.vouchers().checkBalance(first, Requester.client("10.1.1.1")))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));

            SaleResult sold = market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, grouped(first),
                    Optional.empty(), Optional.empty(), "stock-sale-0001"));
            SaleResult replay = market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, grouped(first),
                    Optional.empty(), Optional.empty(), "stock-sale-0001"));

            Voucher voucher = sold.sale().vouchers().get(0);
            assertThat(replay.replayed()).isTrue();
            assertThat(voucher.status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(voucher.balance()).isEqualTo(Money.euros(1200));
            assertThat(voucher.batchNumber()).contains(1);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
            assertThat(market.redeem(market.shoesStaff, market.shoes, voucher, 200).balanceAfter()).isEqualTo(Money.euros(1000));
            assertThatThrownBy(() -> market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, first,
                    Optional.empty(), Optional.empty(), "stock-sale-0002"))).isInstanceOf(ConflictException.class)
                    .extracting("code").isEqualTo("already_sold");
            assertThatThrownBy(() -> market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, codes.get(60),
                    Optional.empty(), Optional.empty(), "stock-sale-0003"))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.stock().sell(new StockSaleRequest(market.newsagent.id(), market.tobacconistOperator, codes.get(60),
                    Optional.empty(), Optional.empty(), "stock-sale-0004"))).isInstanceOf(NotFoundException.class);

            assertThat(market.stock().returnStock(batch.id(), 1, 50, market.tobacconist.id(), market.tobacconistOperator)).isEqualTo(49);
            assertThatThrownBy(() -> market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, codes.get(1),
                    Optional.empty(), Optional.empty(), "stock-sale-0005"))).isInstanceOf(ConflictException.class)
                    .extracting("code").isEqualTo("already_sold");
            Batch after = market.stock().batches(market.booster.id()).get(0);
            assertThat(after.sold()).isEqualTo(1);
            assertThat(after.voided()).isEqualTo(49);
            assertThat(after.inStock()).isEqualTo(50);
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void aStockSaleCancelledWithinTheWindowPutsTheVoucherBackInStock(TestDatabase db) {
        try (Market market = new Market(db)) {
            Batch batch = market.stock().generate(market.booster.id(), market.booster.denominations().get(0).id(), 3, "batch-key-0002",
                    market.admin).batch();
            market.stock().assign(batch.id(), 1, 3, market.tobacconist.id(), market.admin);
            String code = codes(market, batch.id()).get(2);
            SaleResult sold = market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, code,
                    Optional.empty(), Optional.empty(), "stock-sale-0010"));
            market.clock.advance(Duration.ofMinutes(5));

            market.desk().cancel(sold.sale().id(), market.tobacconistOperator, "erreur");

            assertThat(market.vouchers().voucher(sold.sale().vouchers().get(0).id()).orElseThrow().status()).isEqualTo(VoucherStatus.STOCK);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
            SaleResult resold = market.stock().sell(new StockSaleRequest(market.tobacconist.id(), market.tobacconistOperator, code,
                    Optional.empty(), Optional.empty(), "stock-sale-0011"));
            assertThat(resold.sale().vouchers().get(0).balance()).isEqualTo(Money.euros(1200));
            assertThat(market.audit().problems()).isEmpty();
        }
    }

    @EachDatabase
    void onlyATerritoryAdminGeneratesBatchesOfASensibleSize(TestDatabase db) {
        try (Market market = new Market(db)) {
            long denomination = market.booster.denominations().get(0).id();

            assertThatThrownBy(() -> market.stock().generate(market.booster.id(), denomination, 10, "batch-key-0003", market.tobacconistOperator))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> market.stock().generate(market.booster.id(), denomination, 0, "batch-key-0004", market.admin))
                    .isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("invalid_size");
            assertThatThrownBy(() -> market.stock().generate(market.booster.id(), denomination, VoucherStock.MAX_BATCH + 1, "batch-key-0005",
                    market.admin))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    private static List<String> codes(Market market, long batch) {
        return Database.on(market.engine.dataSource()).withHandle(handle -> handle.createQuery(
                "SELECT code FROM voucher WHERE batch_id = :batch ORDER BY batch_number").bind("batch", batch).mapTo(String.class).list());
    }

    private static String grouped(String code) {
        return io.comptoir.vouchers.api.VoucherCode.of(code).grouped();
    }
}
