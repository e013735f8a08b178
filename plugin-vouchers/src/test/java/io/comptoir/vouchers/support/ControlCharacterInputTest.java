package io.comptoir.vouchers.support;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.Market;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.PointOfSaleDraft;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleRequest;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.Voucher;
import io.comptoir.vouchers.api.VoucherQuery;
import io.comptoir.vouchers.api.VoucherStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A control character in what people type (a NUL, which PostgreSQL cannot store, or any other) is a 400 naming the field,
 * on both databases, and stores nothing: the plugin checks it itself, whatever web layer embeds it.
 */
final class ControlCharacterInputTest {

    @EachDatabase
    void aBuyersEmailWithAControlCharacterIsRefusedAndNoSaleIsMade(TestDatabase db) {
        try (Market market = new Market(db)) {
            for (String email : new String[] {"a\u0001@b.fr", "a\u0000@b.fr", "lea\u00a0martin@b.fr"}) {
                refused("buyerEmail", () -> market.desk().sell(new SaleRequest(market.newsagent.id(), market.newsagentOperator, market.gift.id(),
                        market.gift.denominations().get(0).id(), 1, Optional.of(email), Optional.empty(), UUID.randomUUID().toString())));
            }

            assertThat(market.desk().salesOf(market.newsagent.id(), market.clock.instant().atZone(ZoneId.of("Europe/Paris")).toLocalDate()))
                    .isEmpty();
        }
    }

    @EachDatabase
    void aNameStreetOrReasonWithAControlCharacterIsRefusedNamingTheField(TestDatabase db) {
        try (Market market = new Market(db)) {
            refused("name", () -> market.programmes().createFunder("CCHF", "Communauté\u0000 de communes", Market.ADMIN_ACTOR));
            refused("name", () -> market.pointsOfSale().create(new PointOfSaleDraft("Tabac\u0000 du Port", new Address("1 quai", "62500",
                    Market.SAINT_OMER), "", true), Market.ADMIN_ACTOR));
            refused("street", () -> market.pointsOfSale().create(new PointOfSaleDraft("Tabac du Port", new Address("1 quai\u0000", "62500",
                    Market.SAINT_OMER), "", true), Market.ADMIN_ACTOR));
            refused("street", () -> market.pointsOfSale().update(market.tobacconist.id(), new PointOfSaleDraft("Tabac de la Place",
                    new Address("3 place\u0001 Foch", "62500", Market.SAINT_OMER), "", true), Market.ADMIN_ACTOR));
            refused("name", () -> market.programmes().create(market.giftLike("noel", "Bons\u0000 de Noël", "", Eligibility.allLiveShopsExcept(Set.of())),
                    Market.ADMIN_ACTOR));
            refused("name", () -> market.programmes().create(market.giftLike("noel", "Bons\nde Noël", "", Eligibility.allLiveShopsExcept(Set.of())),
                    Market.ADMIN_ACTOR));
            refused("description", () -> market.programmes().create(market.giftLike("noel", "Bons de Noël", "Pour\u0000 Noël",
                    Eligibility.allLiveShopsExcept(Set.of())), Market.ADMIN_ACTOR));
            Sale sale = market.sellBooster(1);
            refused("reason", () -> market.desk().cancel(sale.id(), market.tobacconistOperator, "erreur\u0000"));
            Voucher voucher = sale.vouchers().get(0);
            refused("reason", () -> market.vouchers().block(voucher.id(), "perdu\u0000", market.admin));

            assertThat(market.pointsOfSale().all()).extracting(pos -> pos.name()).containsExactlyInAnyOrder("Maison de la Presse", "Tabac de la Place");
            assertThat(market.pointsOfSale().require(market.tobacconist.id()).address().street()).isEqualTo("3 place Foch");
            assertThat(market.programmes().funders()).hasSize(2);
            assertThat(market.programmes().programmes()).hasSize(2);
            assertThat(market.desk().sale(sale.id()).orElseThrow().status()).isEqualTo(SaleStatus.COMPLETED);
            assertThat(market.reload(voucher).status()).isEqualTo(VoucherStatus.ACTIVE);
        }
    }

    @EachDatabase
    void aDescriptionKeepsItsLineBreaksAndTabs(TestDatabase db) {
        try (Market market = new Market(db)) {
            String description = "Offrez le Pays de Saint-Omer.\r\n\tValable chez tous les commerçants.\nSans rendu de monnaie.";

            assertThat(market.programmes().create(market.giftLike("noel", "Bons de Noël", description, Eligibility.allLiveShopsExcept(Set.of())),
                    Market.ADMIN_ACTOR).description()).isEqualTo(description);
        }
    }

    @EachDatabase
    void aSearchedHolderWithAControlCharacterIsRefusedNamingTheParameter(TestDatabase db) {
        try (Market market = new Market(db)) {
            refused("holder", () -> market.vouchers().search(new VoucherQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.of("lea\u0000"),
                    Optional.empty(), Optional.empty(), 50), market.admin));
        }
    }

    private static void refused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(field));
    }
}
