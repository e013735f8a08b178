package io.comptoir.engine.core.order;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Splits a basket's total across its tenders, in the shopper's order: each tender pays, shop by shop (in basket order),
 * as much as it may — only at the shops it is eligible for, up to its limit — of what is still due. The tenders must
 * cover every shop exactly.
 */
public final class TenderAllocator {
    private TenderAllocator() {
    }

    /** One tender as the allocator sees it: where it may pay, and how much at most in all (empty: no limit). */
    public record Tender(Set<MerchantId> eligible, Optional<Money> limit) {
        public Tender {
            eligible = Set.copyOf(requireNonNull(eligible, "eligible is null"));
            requireNonNull(limit, "limit is null");
        }
    }

    /** What one tender pays each shop, shops in basket order. */
    public record Allocation(Map<MerchantId, Money> shares) {
        public Money total(Money zero) {
            return shares.values().stream().reduce(zero, Money::plus);
        }
    }

    /**
     * @param due what each shop is owed, in basket order
     * @throws InvalidInputException {@code tender_unusable} (field {@code tenders[i]}) when a tender could pay nothing
     * @throws ConflictException {@code tenders_do_not_cover} when something is still due after the last tender
     */
    public static List<Allocation> allocate(LinkedHashMap<MerchantId, Money> due, List<Tender> tenders) {
        if (tenders.isEmpty()) {
            throw new InvalidInputException("tenders", "invalid_tenders", "choose at least one way to pay");
        }
        Money zero = due.values().stream().findFirst().map(m -> Money.zero(m.currency()))
                .orElseThrow(() -> new IllegalArgumentException("nothing is due"));
        LinkedHashMap<MerchantId, Money> remaining = new LinkedHashMap<>(due);
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            Tender tender = tenders.get(i);
            Money left = tender.limit().orElse(null);
            Map<MerchantId, Money> shares = new LinkedHashMap<>();
            for (Map.Entry<MerchantId, Money> entry : remaining.entrySet()) {
                if (!tender.eligible().contains(entry.getKey()) || !entry.getValue().isPositive()) {
                    continue;
                }
                Money take = left == null ? entry.getValue() : entry.getValue().min(left);
                if (take.isPositive()) {
                    shares.put(entry.getKey(), take);
                    entry.setValue(entry.getValue().minus(take));
                    if (left != null) {
                        left = left.minus(take);
                    }
                }
            }
            if (shares.isEmpty()) {
                throw new InvalidInputException("tenders[" + i + "]", "tender_unusable",
                        "this means of payment cannot pay anything more in this basket");
            }
            allocations.add(new Allocation(shares));
        }
        Money uncovered = remaining.values().stream().reduce(zero, Money::plus);
        if (uncovered.isPositive()) {
            throw new ConflictException("tenders_do_not_cover", "the chosen means of payment leave " + uncovered + " to pay");
        }
        return allocations;
    }
}
