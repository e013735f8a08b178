package io.comptoir.training;

import io.comptoir.engine.api.plugin.PluginContext;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The plugin's configuration, from the engine's properties (all optional):
 * <ul>
 *   <li>{@code training.grace-days} (default 90): how long a live shop has to complete a module that became required;</li>
 *   <li>{@code training.reminder-lead} (ISO-8601, default {@code P2D}): how long before a workshop its reminder goes out;</li>
 *   <li>{@code training.reminder-interval} (default {@code PT15M}): how often the reminder job looks for reminders due;</li>
 *   <li>{@code training.password-reset-url} (default {@code http://localhost:7070/password-reset?token=}): the link
 *       prefix of the password mail sent to the contact of an approved application whose account was opened then; the
 *       web application sets it to its public address.</li>
 * </ul>
 */
record TrainingSettings(int graceDays, Duration reminderLead, Duration reminderInterval, String passwordResetUrl) {
    public static final String DEFAULT_PASSWORD_RESET_URL = "http://localhost:7070/password-reset?token=";

    public TrainingSettings {
        requireNonNull(reminderLead, "reminderLead is null");
        requireNonNull(reminderInterval, "reminderInterval is null");
        requireNonNull(passwordResetUrl, "passwordResetUrl is null");
        if (graceDays < 0 || graceDays > 3650) {
            throw new IllegalArgumentException("training.grace-days must be between 0 and 3650");
        }
        if (reminderLead.isNegative() || reminderLead.isZero() || reminderLead.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("training.reminder-lead must be positive and at most 30 days");
        }
        if (reminderInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("training.reminder-interval must be at least a second");
        }
        if (!passwordResetUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("training.password-reset-url must be an http(s) address");
        }
    }

    public static TrainingSettings from(PluginContext context) {
        return new TrainingSettings(
                integer(context.property("grace-days"), "grace-days", 90),
                duration(context.property("reminder-lead"), "reminder-lead", Duration.ofDays(2)),
                duration(context.property("reminder-interval"), "reminder-interval", Duration.ofMinutes(15)),
                context.property("password-reset-url").orElse(DEFAULT_PASSWORD_RESET_URL));
    }

    private static int integer(Optional<String> value, String name, int fallback) {
        try {
            return value.map(String::strip).map(Integer::parseInt).orElse(fallback);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("training." + name + " must be a whole number", e);
        }
    }

    private static Duration duration(Optional<String> value, String name, Duration fallback) {
        try {
            return value.map(String::strip).map(Duration::parse).orElse(fallback);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("training." + name + " must be an ISO-8601 duration such as P2D or PT15M", e);
        }
    }
}
