package io.comptoir.app.admin;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.event.SubscriptionStart;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an operator moves a subscription, as the page's form and the API name it: {@code now} (skip what is pending),
 * {@code beginning} (everything the database holds again), or {@code after_event} with an event id (the events that
 * follow it, again or skipped).
 */
enum RewindTarget {
    NOW, BEGINNING, AFTER_EVENT;

    /** @param field the name of the field that chose the target, named in the 400 */
    static RewindTarget of(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(field, field + " must be one of now, beginning, after_event; got '" + text + "'");
        }
    }

    /** @param eventField the name of the field that gives the event id, named when it is missing or not an id */
    SubscriptionStart start(String eventField, Optional<String> eventId) {
        return switch (this) {
            case NOW -> SubscriptionStart.fromNow();
            case BEGINNING -> SubscriptionStart.fromBeginning();
            case AFTER_EVENT -> SubscriptionStart.afterEvent(eventId(eventField, eventId));
        };
    }

    /** Its name in the message keys and the API: {@code now}, {@code beginning}, {@code after_event}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static long eventId(String field, Optional<String> text) {
        String value = text.map(String::strip).filter(each -> !each.isEmpty())
                .orElseThrow(() -> InvalidInputException.invalid(field, field + " is required to move after an event"));
        if (value.matches("[0-9]{1,18}") && Long.parseLong(value) > 0) {
            return Long.parseLong(value);
        }
        throw InvalidInputException.invalid(field, field + " must be a positive event id, got '" + value + "'");
    }
}
