package io.comptoir.training;

import io.comptoir.engine.api.event.EventType;

import java.util.List;

import static io.comptoir.engine.api.event.EventField.required;
import static io.comptoir.engine.api.event.EventType.CURRENCY;
import static io.comptoir.engine.api.event.FieldType.BOOLEAN;
import static io.comptoir.engine.api.event.FieldType.CODE;
import static io.comptoir.engine.api.event.FieldType.DATE;
import static io.comptoir.engine.api.event.FieldType.ID;
import static io.comptoir.engine.api.event.FieldType.INSTANT;
import static io.comptoir.engine.api.event.FieldType.INTEGER;
import static io.comptoir.engine.api.event.FieldType.MONEY;
import static io.comptoir.engine.api.event.FieldType.TEXT;

/**
 * The events the training plugin publishes ({@code training.*}), declared to the engine's catalogue by
 * {@link TrainingPlugin#publishedEvents()}. The aggregate id is the id of the record the aggregate type names.
 */
public final class TrainingEvents {
    private static final String SHOP = "the shop (merchant id)";
    private static final String STAFF = "the shop's staff member (account id)";

    public static final EventType APPLICATION_SUBMITTED = EventType.of("training.application_submitted", "training_application",
            "a future shop sent the application form", required("commune", TEXT, "the INSEE code of the shop's commune"));
    public static final EventType APPLICATION_APPROVED = EventType.of("training.application_approved", "training_application",
            "the territory approved an application: the shop and its staff account were created",
            required("merchant", ID, SHOP), required("account", ID, STAFF));
    public static final EventType APPLICATION_REJECTED = EventType.of("training.application_rejected", "training_application",
            "the territory rejected an application");
    public static final EventType COURSE_CREATED = EventType.of("training.course_created", "training_course", "a course was created");
    public static final EventType COURSE_UPDATED = EventType.of("training.course_updated", "training_course", "a course was changed",
            required("required", BOOLEAN, "whether shops must complete it to go live"),
            required("published", BOOLEAN, "whether shops see it"));
    public static final EventType MODULE_CREATED = EventType.of("training.module_created", "training_module",
            "a module was added to a course", required("course", ID, "its course"));
    public static final EventType MODULE_UPDATED = EventType.of("training.module_updated", "training_module", "a module was changed");
    public static final EventType MODULE_DELETED = EventType.of("training.module_deleted", "training_module", "a module was removed");
    public static final EventType MODULE_COMPLETED = EventType.of("training.module_completed", "training_module",
            "a shop's staff member completed a module",
            required("merchant", ID, SHOP), required("account", ID, STAFF),
            required("via", CODE, "how: READING, QUIZ or WORKSHOP"));
    public static final EventType CHARTER_PUBLISHED = EventType.of("training.charter_published", "training_charter",
            "the territory published a version of the shops' charter (the aggregate id is its version)");
    public static final EventType CHARTER_ACCEPTED = EventType.of("training.charter_accepted", "merchant",
            "a shop accepted the charter", required("version", INTEGER, "the charter's version"), required("account", ID, STAFF));
    public static final EventType MEMBERSHIP_PLAN_SET = EventType.of("training.membership_plan_set", "training_membership_plan",
            "the territory set the monthly membership price from a month on (the aggregate id is yyyymm)",
            required("monthlyPrice", MONEY, "the price of a month"), required(CURRENCY, io.comptoir.engine.api.event.FieldType.CURRENCY,
                    "its currency"), required("from", TEXT, "the first month it applies to, e.g. 2026-03"));
    public static final EventType WAIVER_GRANTED = EventType.of("training.waiver_granted", "training_waiver",
            "the territory waived the membership fee", required("shop", CODE, "the shop's id, or all"),
            required("until", DATE, "the last day it covers"));
    public static final EventType WAIVER_REVOKED = EventType.of("training.waiver_revoked", "training_waiver", "a waiver was withdrawn");
    public static final EventType SESSION_SCHEDULED = EventType.of("training.session_scheduled", "training_session",
            "a workshop session was scheduled", required("module", ID, "the module it teaches"),
            required("startsAt", INSTANT, "when it starts"));
    public static final EventType SESSION_UPDATED = EventType.of("training.session_updated", "training_session",
            "a workshop session changed", required("capacity", INTEGER, "its seats"), required("startsAt", INSTANT, "when it starts"));
    public static final EventType SESSION_CANCELLED = EventType.of("training.session_cancelled", "training_session",
            "a workshop session was cancelled", required("reason", TEXT, "why, for the attendees"));
    public static final EventType BOOKING_CREATED = EventType.of("training.booking_created", "training_booking",
            "a staff member booked a seat, or joined the waiting list", required("session", ID, "the session"),
            required("merchant", ID, SHOP), required("account", ID, STAFF),
            required("state", CODE, "BOOKED or WAITING"), required("arrival", INTEGER, "its rank of arrival"));
    public static final EventType BOOKING_CANCELLED = EventType.of("training.booking_cancelled", "training_booking",
            "a booking was cancelled", required("session", ID, "the session"), required("was", CODE, "BOOKED or WAITING"));
    public static final EventType BOOKING_PROMOTED = EventType.of("training.booking_promoted", "training_booking",
            "a seat freed up and a waiting booking got it", required("session", ID, "the session"));
    public static final EventType ATTENDANCE_MARKED = EventType.of("training.attendance_marked", "training_booking",
            "the trainer marked a booking's attendance", required("session", ID, "the session"),
            required("attendance", CODE, "PRESENT or ABSENT"));

    public static final List<EventType> ALL = List.of(APPLICATION_SUBMITTED, APPLICATION_APPROVED, APPLICATION_REJECTED,
            COURSE_CREATED, COURSE_UPDATED, MODULE_CREATED, MODULE_UPDATED, MODULE_DELETED, MODULE_COMPLETED, CHARTER_PUBLISHED,
            CHARTER_ACCEPTED, MEMBERSHIP_PLAN_SET, WAIVER_GRANTED, WAIVER_REVOKED, SESSION_SCHEDULED, SESSION_UPDATED,
            SESSION_CANCELLED, BOOKING_CREATED, BOOKING_CANCELLED, BOOKING_PROMOTED, ATTENDANCE_MARKED);

    private TrainingEvents() {
    }
}
