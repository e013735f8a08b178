package io.comptoir.engine.core.order;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TenderAllocatorTest {

    @Test
    void aVoucherPaysOnlyEligibleShopsUpToItsBalanceAndTheCardPaysTheRest() {
        MerchantId shoes = new MerchantId(1);
        MerchantId grocer = new MerchantId(2);
        LinkedHashMap<MerchantId, Money> due = new LinkedHashMap<>(Map.of(shoes, Money.euros(8900)));
        due.put(grocer, Money.euros(1580));
        List<TenderAllocator.Allocation> allocations = TenderAllocator.allocate(due, List.of(
                new TenderAllocator.Tender(Set.of(grocer), Optional.of(Money.euros(1200))),
                new TenderAllocator.Tender(Set.of(shoes, grocer), Optional.empty())));

        assertThat(allocations.get(0).shares()).containsExactly(Map.entry(grocer, Money.euros(1200)));
        assertThat(allocations.get(1).shares()).containsExactly(Map.entry(shoes, Money.euros(8900)), Map.entry(grocer, Money.euros(380)));
    }

    @Test
    void aTenderThatCanPayNothingOrTendersThatLeaveSomethingDueAreRefused() {
        MerchantId shoes = new MerchantId(1);
        LinkedHashMap<MerchantId, Money> due = new LinkedHashMap<>(Map.of(shoes, Money.euros(100)));
        assertThatThrownBy(() -> TenderAllocator.allocate(due, List.of(new TenderAllocator.Tender(Set.of(new MerchantId(2)), Optional.empty()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[0]"));
        assertThatThrownBy(() -> TenderAllocator.allocate(due, List.of(new TenderAllocator.Tender(Set.of(shoes), Optional.of(Money.euros(99))))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("tenders_do_not_cover"));
    }

    /** Property: whenever allocation succeeds, each shop is paid exactly, each tender within its limit and eligibility. */
    @Test
    void allocationsPayEveryShopExactlyWithinEachTendersLimits() {
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        int succeeded = 0;
        for (int run = 0; run < 5_000; run++) {
            LinkedHashMap<MerchantId, Money> due = new LinkedHashMap<>();
            int shops = 1 + random.nextInt(4);
            for (int i = 1; i <= shops; i++) {
                due.put(new MerchantId(i), Money.euros(1 + random.nextInt(20_000)));
            }
            List<TenderAllocator.Tender> tenders = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int t = 0; t < count; t++) {
                Set<MerchantId> eligible = new HashSet<>();
                due.keySet().forEach(shop -> {
                    if (random.nextInt(3) > 0) {
                        eligible.add(shop);
                    }
                });
                boolean unlimited = t == count - 1 && random.nextBoolean();
                tenders.add(new TenderAllocator.Tender(eligible, unlimited ? Optional.empty() : Optional.of(Money.euros(1 + random.nextInt(15_000)))));
            }
            List<TenderAllocator.Allocation> allocations;
            try {
                allocations = TenderAllocator.allocate(due, tenders);
            }
            catch (InvalidInputException | ConflictException refused) {
                continue;
            }
            succeeded++;
            String context = "seed " + seed + ", run " + run;
            Map<MerchantId, Money> paid = new LinkedHashMap<>();
            for (int t = 0; t < tenders.size(); t++) {
                TenderAllocator.Allocation allocation = allocations.get(t);
                assertThat(tenders.get(t).eligible()).as(context).containsAll(allocation.shares().keySet());
                Money total = allocation.total(Money.euros(0));
                tenders.get(t).limit().ifPresent(limit -> assertThat(total).as(context).isLessThanOrEqualTo(limit));
                assertThat(total.isPositive()).as(context).isTrue();
                allocation.shares().forEach((shop, amount) -> paid.merge(shop, amount, Money::plus));
            }
            assertThat(paid).as(context).isEqualTo(due);
        }
        assertThat(succeeded).as("seed " + seed + ": enough successful cases to mean something").isGreaterThan(500);
    }
}
