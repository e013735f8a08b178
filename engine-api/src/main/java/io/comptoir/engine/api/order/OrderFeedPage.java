package io.comptoir.engine.api.order;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A page of the order feed.
 *
 * @param next the cursor of the next page, when there is one: an opaque text a client passes back as
 *        {@link OrderFeedQuery#after()}. A cursor stays valid whatever is added meanwhile: pages neither skip nor repeat an
 *        order (a newer one shows on the first page).
 */
public record OrderFeedPage(List<MerchantOrder> orders, Optional<String> next) {
    public OrderFeedPage {
        orders = List.copyOf(requireNonNull(orders, "orders is null"));
        requireNonNull(next, "next is null");
    }
}
