package io.comptoir.app.catalogue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The territory's wall-clock time: opening hours are written in it. */
public final class Paris {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Paris() {
    }

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZONE));
    }
}
