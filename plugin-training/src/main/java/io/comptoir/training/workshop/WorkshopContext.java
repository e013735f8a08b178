package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.Permissions;
import io.comptoir.training.api.Courses;
import io.comptoir.training.progress.CompletionStore;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Mails;

import java.time.Clock;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/** What the parts of the workshop feature share. */
record WorkshopContext(Database db, Clock clock, Events events, Permissions permissions, MerchantDirectory merchants,
                       AccountDirectory accounts, Courses courses, CompletionStore completions, SessionAssembler sessions,
                       Mails mails, WorkshopMails letters, MarketCalendar calendar, Duration reminderLead) {
    WorkshopContext {
        requireNonNull(db, "db is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(events, "events is null");
        requireNonNull(permissions, "permissions is null");
        requireNonNull(merchants, "merchants is null");
        requireNonNull(accounts, "accounts is null");
        requireNonNull(courses, "courses is null");
        requireNonNull(completions, "completions is null");
        requireNonNull(sessions, "sessions is null");
        requireNonNull(mails, "mails is null");
        requireNonNull(letters, "letters is null");
        requireNonNull(calendar, "calendar is null");
        requireNonNull(reminderLead, "reminderLead is null");
    }
}
