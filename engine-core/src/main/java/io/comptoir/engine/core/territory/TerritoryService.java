package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.api.territory.SettingChange;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.engine.core.persistence.Daos;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * The territory, cached in memory: it changes a few times a year and is read on every page. Writes of communes refresh
 * the cache of this node; other nodes see them after their next restart or {@link #refresh()}. The settings the
 * territory's team changes from the back-office are the {@link TerritorySettingsStore}'s, which every node follows.
 */
@Singleton
public final class TerritoryService implements Territory {
    private final Jdbi jdbi;
    private final TerritorySettingsStore settings;
    private final AtomicReference<List<Commune>> communes = new AtomicReference<>();

    @Inject
    public TerritoryService(Jdbi jdbi, TerritorySettingsStore settings) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public List<Intercommunality> intercommunalities() {
        return jdbi.withExtension(TerritoryDao.class, TerritoryDao::intercommunalities);
    }

    @Override
    public List<Commune> communes() {
        List<Commune> cached = communes.get();
        if (cached == null) {
            cached = List.copyOf(jdbi.withExtension(TerritoryDao.class, TerritoryDao::communes));
            communes.set(cached);
        }
        return cached;
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        return communes().stream().filter(commune -> commune.inseeCode().equals(inseeCode)).findFirst();
    }

    @Override
    public void saveIntercommunality(Intercommunality intercommunality) {
        requireNonNull(intercommunality, "intercommunality is null");
        jdbi.useTransaction(handle -> {
            TerritoryDao dao = Daos.of(handle, TerritoryDao.class);
            if (dao.updateIntercommunality(intercommunality) == 0) {
                dao.insertIntercommunality(intercommunality);
            }
        });
    }

    @Override
    public void saveCommune(Commune commune) {
        requireNonNull(commune, "commune is null");
        jdbi.useTransaction(handle -> {
            TerritoryDao dao = Daos.of(handle, TerritoryDao.class);
            if (dao.intercommunality(commune.intercommunalityCode()).isEmpty()) {
                throw InvalidInputException.invalid("intercommunalityCode", "unknown intercommunality " + commune.intercommunalityCode());
            }
            if (dao.updateCommune(commune) == 0) {
                dao.insertCommune(commune);
            }
        });
        refresh();
    }

    @Override
    public TerritorySettings settings() {
        return settings.current();
    }

    @Override
    public TerritorySettings saveSettings(TerritorySettings wanted, Actor actor) {
        return settings.save(wanted, actor);
    }

    @Override
    public List<SettingChange> settingsHistory(int offset, int limit) {
        return settings.history(offset, limit);
    }

    @Override
    public int settingsHistorySize() {
        return settings.historySize();
    }

    /** Forgets the cached communes. */
    public void refresh() {
        communes.set(null);
    }
}
