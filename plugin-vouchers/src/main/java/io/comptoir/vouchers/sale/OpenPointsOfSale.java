package io.comptoir.vouchers.sale;

import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.pos.PointOfSaleDao;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Whether a point of sale still sells, as recently read: a closed point of sale stops selling within the cache's
 * lifetime, and a sale does not pay a query for a flag that changes once in a while.
 */
final class OpenPointsOfSale {
    private record Seen(boolean open, long atNanos) {
    }

    private final Database db;
    private final Duration ttl;
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    OpenPointsOfSale(Database db, Duration ttl) {
        this.db = requireNonNull(db, "db is null");
        this.ttl = requireNonNull(ttl, "ttl is null");
    }

    boolean isOpen(long pointOfSaleId) {
        Seen entry = seen.get(pointOfSaleId);
        if (entry == null || System.nanoTime() - entry.atNanos() >= ttl.toNanos()) {
            boolean open = db.with(PointOfSaleDao.class, dao -> dao.find(pointOfSaleId)).map(row -> row.active()).orElse(false);
            entry = new Seen(open, System.nanoTime());
            seen.put(pointOfSaleId, entry);
        }
        return entry.open();
    }
}
