package io.comptoir.engine.api.cart;

import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A cart as it stands now, re-checked against the catalogue at every read: lines of any number of shops, and the
 * notices of what changed since the last read.
 */
public record Cart(CartOwner owner, List<CartLine> lines, List<CartNotice> notices, Money total) {
    public Cart {
        requireNonNull(owner, "owner is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        notices = List.copyOf(requireNonNull(notices, "notices is null"));
        requireNonNull(total, "total is null");
    }

    /** The same cart with these notices first (changes found before the operation that returned it). */
    public Cart withNotices(List<CartNotice> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<CartNotice> all = new java.util.ArrayList<>(earlier);
        all.addAll(notices);
        return new Cart(owner, lines, all, total);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /** The lines grouped by shop, shops in the order their first line was added. */
    public Map<MerchantId, List<CartLine>> linesByMerchant() {
        Map<MerchantId, List<CartLine>> groups = new LinkedHashMap<>();
        lines.forEach(line -> groups.computeIfAbsent(line.merchantId(), k -> new java.util.ArrayList<>()).add(line));
        groups.replaceAll((merchant, group) -> List.copyOf(group));
        return groups;
    }
}
