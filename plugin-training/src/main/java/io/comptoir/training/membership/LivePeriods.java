package io.comptoir.training.membership;

import io.comptoir.engine.api.event.DomainEvent;
import io.comptoir.engine.api.event.DomainEventListener;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.plugin.kit.Database;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * When each shop was live, followed from the engine's {@code merchant.status_changed} and {@code merchant.imported}
 * events (at least once, in order per shop; a redelivered event is recognised by its id and ignored). Shops that were
 * live before the plugin was installed have no period: callers treat a live shop without periods as live all along.
 */
public final class LivePeriods implements DomainEventListener {
    public static final String SUBSCRIPTION = "training.live-periods";

    private final Database db;

    public LivePeriods(Database db) {
        this.db = requireNonNull(db, "db is null");
    }

    @Override
    public boolean accepts(String eventType) {
        return eventType.equals("merchant.status_changed") || eventType.equals("merchant.imported");
    }

    @Override
    public void onEvent(DomainEvent event) {
        long merchantId = Long.parseLong(event.aggregateId());
        boolean becomesLive = event.type().equals("merchant.imported")
                ? event.get("status").filter(MerchantStatus.LIVE.name()::equals).isPresent()
                : event.get("to").filter(MerchantStatus.LIVE.name()::equals).isPresent();
        boolean leavesLive = event.type().equals("merchant.status_changed")
                && event.get("from").filter(MerchantStatus.LIVE.name()::equals).isPresent();
        db.useTransaction(handle -> {
            LivePeriodDao dao = handle.attach(LivePeriodDao.class);
            Optional<Long> cursor = dao.lockCursor(merchantId);
            if (cursor.isPresent() && cursor.get() >= event.id()) {
                return;
            }
            if (becomesLive && dao.openPeriods(merchantId) == 0) {
                dao.open(merchantId, event.occurredAt());
            }
            if (leavesLive) {
                dao.close(merchantId, event.occurredAt());
            }
            if (cursor.isPresent()) {
                dao.moveCursor(merchantId, event.id());
            }
            else {
                dao.insertCursor(merchantId, event.id());
            }
        });
    }

    public List<LivePeriod> of(MerchantId shop) {
        return db.with(LivePeriodDao.class, dao -> dao.ofMerchant(shop.value())).stream().map(LivePeriods::toPeriod).toList();
    }

    /** Every shop's periods. */
    public Map<MerchantId, List<LivePeriod>> all() {
        Map<MerchantId, List<LivePeriod>> periods = new HashMap<>();
        db.with(LivePeriodDao.class, LivePeriodDao::all).forEach(row ->
                periods.computeIfAbsent(new MerchantId(row.merchantId()), k -> new ArrayList<>()).add(toPeriod(row)));
        return periods;
    }

    /** When the shop's current live period began, if it is live and the plugin saw it go live. */
    public Optional<Instant> liveSince(MerchantId shop) {
        return of(shop).stream().filter(period -> period.until().isEmpty()).map(LivePeriod::from).findFirst();
    }

    private static LivePeriod toPeriod(LivePeriodDao.PeriodRow row) {
        return new LivePeriod(row.liveFrom(), Optional.ofNullable(row.liveUntil()));
    }
}
