package io.comptoir.training.progress;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.course.ModuleId;
import io.comptoir.training.support.Events;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Who completed which module for which shop. A module is complete for a shop when someone completed it while working
 * for that shop; the completion stays with the shop when that person leaves it.
 */
public final class CompletionStore {
    private final Jdbi jdbi;
    private final Events events;

    public CompletionStore(Jdbi jdbi, Events events) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.events = requireNonNull(events, "events is null");
    }

    public Set<ModuleId> completedModules(MerchantId shop) {
        return completions(shop).stream().map(Completion::module).collect(Collectors.toUnmodifiableSet());
    }

    /** The shop's completions, earliest first. */
    public List<Completion> completions(MerchantId shop) {
        return jdbi.withExtension(CompletionDao.class, dao -> dao.ofMerchant(shop.value())).stream()
                .map(CompletionRow::toCompletion).toList();
    }

    /** Every completion of every shop (for reports). */
    public List<Completion> all() {
        return jdbi.withExtension(CompletionDao.class, CompletionDao::all).stream().map(CompletionRow::toCompletion).toList();
    }

    /**
     * Records a completion in the caller's transaction unless the person already completed the module for the shop.
     *
     * @param bookingId the workshop booking that completed it, for {@link CompletionVia#WORKSHOP}
     * @return the completion that stands (the earlier one when there was one)
     */
    public Completion record(Handle handle, ModuleId module, long accountId, MerchantId shop, CompletionVia via, Long bookingId,
                             Instant now, Actor actor) {
        CompletionDao dao = handle.attach(CompletionDao.class);
        Optional<CompletionRow> existing = dao.find(module.value(), accountId, shop.value());
        if (existing.isPresent()) {
            return existing.get().toCompletion();
        }
        dao.insert(module.value(), accountId, shop.value(), now, via.name(), bookingId);
        events.publish(handle, TrainingEvents.MODULE_COMPLETED, module.value(),
                Map.of("merchant", shop.toString(), "account", Long.toString(accountId), "via", via.name()), actor);
        return dao.find(module.value(), accountId, shop.value()).orElseThrow().toCompletion();
    }
}
