package io.comptoir.vouchers.seed;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.VouchersPlugin;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointOfSale;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.api.VoucherSeeds;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

final class VoucherSeedLoaderTest {

    @EachDatabase
    void theDemoSeedsSetUpTheBoosterTheGiftVouchersSixtyTobacconistsAndTheVoucherShop(TestDatabase db) throws Exception {
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).backgroundWork(false).clock(new MovableClock(Market.START))
                .searchIndex(new io.comptoir.vouchers.InMemorySearchIndex()).plugin(new VouchersPlugin())
                .properties(Market.CHEAP_PASSWORDS).build()) {
            engine.awaitSearchReady(Duration.ofSeconds(30));
            BaseSeeds.load(engine);
            VoucherSeedLoader loader = new VoucherSeedLoader(engine.service(Programmes.class), engine.service(PointsOfSale.class),
                    engine.service(OnlineVoucherShop.class), engine.merchants(), engine.catalogue(), engine.accounts());
            assertThat(loader.isEmpty()).isTrue();

            VoucherSeeds.Summary summary;
            try (InputStream file = Files.newInputStream(BaseSeeds.DIRECTORY.resolve("vouchers.json"))) {
                summary = loader.load(file, "demo-password-2026", Actor.system("seed"));
            }

            assertThat(summary).isEqualTo(new VoucherSeeds.Summary(2, 2, 60, 60, 7));
            assertThat(loader.isEmpty()).isFalse();
            Programmes programmes = engine.service(Programmes.class);
            VoucherProgramme booster = programmes.programmeBySlug("happy-kdo-booster").orElseThrow();
            assertThat(booster.denominations()).singleElement().satisfies(d -> {
                assertThat(d.face()).isEqualTo(Money.euros(1200));
                assertThat(d.price()).isEqualTo(Money.euros(1000));
                assertThat(d.onlineVariant()).isPresent();
            });
            assertThat(booster.expiresAt(Market.START,
                    java.time.ZoneId.of("Europe/Paris"))).isEqualTo(Instant.parse("2027-02-28T23:00:00Z"));
            assertThat(booster.saleOpensOn()).isEqualTo(LocalDate.of(2026, 11, 14));
            assertThat(programmes.budget(booster.id()).granted()).isEqualTo(Money.euros(100_000_00));
            assertThat(booster.funders()).extracting(share -> share.weight()).containsExactly(105_142L, 24_153L);
            VoucherProgramme gift = programmes.programmeBySlug("cheque-cadeau").orElseThrow();
            assertThat(gift.denominations()).extracting(d -> d.face().minorUnits()).containsExactly(1000L, 2000L, 5000L);
            assertThat(gift.validityMonths()).hasValue(12);

            int live = engine.merchants().count(MerchantFilter.live());
            OnlineVoucherShop shop = engine.service(OnlineVoucherShop.class);
            assertThat(live).isEqualTo(172 + 1);
            assertThat(programmes.acceptingMerchants(booster.id())).hasSize(172 - 7)
                    .noneMatch(merchant -> merchant.id().equals(shop.shop().orElseThrow()));
            assertThat(engine.merchants().require(shop.shop().orElseThrow()).status()).isEqualTo(MerchantStatus.LIVE);
            List<Product> products = engine.catalogue().productsOf(shop.shop().orElseThrow(), false, 0, 10);
            assertThat(products).extracting(Product::name).containsExactlyInAnyOrder("Happy Kdo Booster", "Chèque cadeau du Pays de Saint-Omer");

            PointsOfSale pointsOfSale = engine.service(PointsOfSale.class);
            List<PointOfSale> all = pointsOfSale.all();
            assertThat(all).hasSize(60).allSatisfy(point -> assertThat(engine.territory().commune(point.address().communeInsee())).isPresent());
            PointOfSale first = all.get(0);
            Account operator = pointsOfSale.operators(first.id()).get(0);
            assertThat(operator.scopesOf(VoucherRoles.POINT_OF_SALE)).containsExactly(first.id());
            Account signedIn = engine.accounts().authenticate(operator.email(), "demo-password-2026", "127.0.0.1");
            Sale sale = engine.service(PointOfSaleDesk.class).sell(new SaleRequest(first.id(), signedIn, booster.id(),
                    booster.denominations().get(0).id(), 1, Optional.empty(), Optional.empty(), "seed-test-0001")).sale();
            assertThat(sale.vouchers().get(0).balance()).isEqualTo(Money.euros(1200));
        }
    }
}
