package io.comptoir.engine.core.order;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.event.EngineEvents.Products;
import io.comptoir.engine.core.catalogue.ProductDao;
import io.comptoir.engine.core.catalogue.StockEvents;
import io.comptoir.engine.core.event.OutboxEventPublisher;
import io.comptoir.engine.core.persistence.Daos;
import org.jdbi.v3.core.Handle;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Reserves and gives back stock for orders. Variants are always updated in id order, so two checkouts that share
 * products lock them in the same order and cannot deadlock.
 */
final class StockMoves {
    private final OutboxEventPublisher events;

    StockMoves(OutboxEventPublisher events) {
        this.events = requireNonNull(events, "events is null");
    }

    /** One variant and a quantity. */
    record Units(long variantId, long productId, String productName, int quantity) {
    }

    /** @throws ConflictException {@code insufficient_stock} naming the product when a variant cannot cover its quantity */
    void reserve(Handle handle, List<Units> units, Actor actor) {
        ProductDao dao = Daos.of(handle, ProductDao.class);
        List<Units> sorted = sorted(units);
        int[] reserved = dao.reserveAll(sorted.stream().map(Units::variantId).toList(), sorted.stream().map(Units::quantity).toList());
        for (int i = 0; i < reserved.length; i++) {
            if (reserved[i] == 0) {
                Units unit = sorted.get(i);
                throw new ConflictException("insufficient_stock", "not enough stock left for " + unit.productName(),
                        List.of(unit.productName()));
            }
        }
        // A product stays available unless one of its variants just sold out: tell the search index when it need not look.
        Set<Long> soldOut = new HashSet<>(dao.soldOut(units.stream().map(Units::variantId).distinct().toList()));
        Set<Long> mayChange = units.stream().filter(unit -> soldOut.contains(unit.variantId())).map(Units::productId)
                .collect(Collectors.toSet());
        announce(handle, units, mayChange::contains, actor);
    }

    void giveBack(Handle handle, List<Units> units, Actor actor) {
        List<Units> sorted = sorted(units);
        Daos.of(handle, ProductDao.class).giveBackAll(sorted.stream().map(Units::variantId).toList(),
                sorted.stream().map(Units::quantity).toList());
        announce(handle, units, product -> true, actor);
    }

    private static List<Units> sorted(List<Units> units) {
        return units.stream().sorted(Comparator.comparingLong(Units::variantId)).toList();
    }

    /**
     * Tells the search index (and anyone listening) that these products' stock moved, and whether that may have changed
     * whether they are in stock (the only thing about stock the index holds).
     */
    private void announce(Handle handle, List<Units> units, LongPredicate availabilityMayChange, Actor actor) {
        events.publishAll(handle, new TreeSet<>(units.stream().map(Units::productId).toList()).stream()
                .map(product -> Products.STOCK_CHANGED.event(Long.toString(product), Map.of(StockEvents.AVAILABILITY,
                        availabilityMayChange.test(product) ? StockEvents.AVAILABILITY_MAY_CHANGE : StockEvents.AVAILABILITY_UNCHANGED), actor))
                .toList());
    }
}
