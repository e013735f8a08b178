package io.comptoir.engine.api.territory;

import io.comptoir.engine.api.Actor;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One field of the territory's settings changed: the audit trail of {@link Territory#saveSettings}.
 *
 * @param version the settings' version the change made
 * @param field the field, as {@link TerritorySettings#fields()} names it, e.g. {@code home.fr.heroTitle}, {@code contact.email},
 *              {@code featuredShops}
 * @param before the value before; empty when it was not set (the application's default showed)
 * @param after the value after; empty when it is no longer set
 */
public record SettingChange(long id, long version, String field, Optional<String> before, Optional<String> after, Actor actor,
                            Instant at) {
    public SettingChange {
        requireNonNull(field, "field is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(at, "at is null");
    }
}
