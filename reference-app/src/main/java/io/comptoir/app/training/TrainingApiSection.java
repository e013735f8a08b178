package io.comptoir.app.training;

import io.comptoir.app.web.openapi.OpenApiSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.comptoir.app.web.openapi.BackOfficeSchemas.MERCHANT_STATUSES;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.PAYLOAD_TOO_LARGE;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.body;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.dateTime;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.enumeration;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.input;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.methods;
import static io.comptoir.app.web.openapi.BackOfficeSchemas.nullableInt64;
import static io.comptoir.app.web.openapi.Operations.BAD_REQUEST;
import static io.comptoir.app.web.openapi.Operations.CONFLICT;
import static io.comptoir.app.web.openapi.Operations.FORBIDDEN;
import static io.comptoir.app.web.openapi.Operations.NOT_FOUND;
import static io.comptoir.app.web.openapi.Operations.UNAUTHORIZED;
import static io.comptoir.app.web.openapi.Operations.UNSUPPORTED_MEDIA_TYPE;
import static io.comptoir.app.web.openapi.Operations.created;
import static io.comptoir.app.web.openapi.Operations.ok;
import static io.comptoir.app.web.openapi.Operations.okArray;
import static io.comptoir.app.web.openapi.Operations.operation;
import static io.comptoir.app.web.openapi.Operations.pathId;
import static io.comptoir.app.web.openapi.Operations.query;
import static io.comptoir.app.web.openapi.Schemas.array;
import static io.comptoir.app.web.openapi.Schemas.bool;
import static io.comptoir.app.web.openapi.Schemas.int32;
import static io.comptoir.app.web.openapi.Schemas.int64;
import static io.comptoir.app.web.openapi.Schemas.map;
import static io.comptoir.app.web.openapi.Schemas.nullableRef;
import static io.comptoir.app.web.openapi.Schemas.nullableString;
import static io.comptoir.app.web.openapi.Schemas.object;
import static io.comptoir.app.web.openapi.Schemas.ref;
import static io.comptoir.app.web.openapi.Schemas.string;

/**
 * The training plugin's API: the public application to join, the territory's review of applications, a shop's
 * onboarding and training, and the trainer's sessions. Answers 404 everywhere when the plugin does not run.
 */
public final class TrainingApiSection implements OpenApiSection {
    private static final String JOIN = "Joining the marketplace";
    private static final String SHOP = "Shop onboarding and training";
    private static final String TRAINER = "Workshop trainers";
    private static final String STAFF = " Role: MERCHANT_STAFF of the shop (or TERRITORY_ADMIN to read).";
    private static final String LEARNER = " Role: MERCHANT_STAFF of the shop (a person of the shop: admins get 403).";
    private static final String ADMIN = " Role: TERRITORY_ADMIN.";
    private static final String TRAINER_ROLE = " Role: TRAINER of the session, or TERRITORY_ADMIN.";
    private static final String APPLICATION_STATUSES_TEXT = "PENDING, APPROVING, APPROVED, REJECTED";
    private static final List<String> APPLICATION_STATUSES = List.of("PENDING", "APPROVING", "APPROVED", "REJECTED");
    private static final String SHOP_ROOT = "/api/v1/merchant/{merchantId}/training";

    @Override
    public Map<String, String> tags() {
        return Map.of(JOIN, "A shop applies to sell on the marketplace; the territory reviews the applications",
                SHOP, "A shop's way to going live: checklist, charter, courses, quizzes, workshops, certificates, membership",
                TRAINER, "Trainers' sessions, rosters and attendance");
    }

    @SafeVarargs
    private static Map<String, Object> op(String tag, String id, String summary, String description, List<Map<String, Object>> parameters,
                                          Map.Entry<String, Object>... responses) {
        return operation(id, tag, summary, description, parameters, responses);
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> merchantId = pathId("merchantId");
        Map<String, Object> moduleId = pathId("moduleId");
        Map<String, Object> applicationId = pathId("applicationId");
        Map<String, Object> sessionId = pathId("sessionId");

        paths.put("/api/v1/applications", methods("post", body(op(JOIN, "applyToJoin", "Files an application to join the marketplace",
                "No account needed. The SIRET has 14 digits (spaces allowed) and a valid Luhn key; the commune is one of the territory's "
                        + "(INSEE code). 400 names the field at fault; 409 `application_exists` while the SIRET has a pending or approved "
                        + "application, `siret_already_registered` when a shop of the marketplace has it. The contact is told by mail.",
                List.of(), created("ApplicationReceipt"), BAD_REQUEST, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "ApplicationInput")));
        paths.put("/api/v1/admin/applications", methods("get", op(JOIN, "listApplications", "Applications, oldest first",
                "All statuses unless filtered." + ADMIN,
                List.of(query("status", enumeration("Only applications in this status", APPLICATION_STATUSES)),
                        query("page", map("type", "integer", "format", "int32", "minimum", 0, "maximum", 10_000, "default", 0)),
                        query("size", map("type", "integer", "format", "int32", "minimum", 1, "maximum", 100, "default", 50))),
                ok("ApplicationPage"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN)));
        paths.put("/api/v1/admin/applications/{applicationId}", methods("get", op(JOIN, "getApplication", "One application", ADMIN.strip(),
                List.of(applicationId), ok("Application"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put("/api/v1/admin/applications/{applicationId}/approve", methods("post", op(JOIN, "approveApplication",
                "Approves an application: the shop is created in ONBOARDING and its contact becomes its staff",
                "The contact's existing account is used, otherwise one is created and a password reset link is mailed. 409 "
                        + "`application_decided` once decided, `application_being_approved` while another admin approves it." + ADMIN,
                List.of(applicationId), ok("Application"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put("/api/v1/admin/applications/{applicationId}/resume-approval", methods("post", op(JOIN, "resumeApproval",
                "Finishes an approval that stopped half-way (the application stays APPROVING)",
                "Takes the approval over at once, whatever the age of its claim (an approval is otherwise taken over after ten "
                        + "minutes), and approves again: the shop and account already created are kept. A pending application is "
                        + "approved. 409 `application_decided` once decided; an approval still running elsewhere then ends with "
                        + "`application_being_approved`." + ADMIN,
                List.of(applicationId), ok("Application"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put("/api/v1/admin/applications/{applicationId}/reject", methods("post", body(op(JOIN, "rejectApplication",
                "Rejects an application with a reason the applicant reads", "The reason has 1 to 1 000 characters." + ADMIN,
                List.of(applicationId), ok("Application"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "RejectionInput")));

        paths.put(SHOP_ROOT + "/onboarding", methods("get", op(SHOP, "getOnboarding", "The shop's onboarding: checklist, blocking items, charter, membership",
                "The checklist holds the engine's items and the training plugin's; `blockingItems` is what keeps the shop from going live." + STAFF,
                List.of(merchantId), ok("Onboarding"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP_ROOT + "/charter-acceptance", methods("post", body(op(SHOP, "acceptCharter", "Accepts the charter version read",
                "409 `charter_outdated` when a newer version was published meanwhile, `no_charter` when none is." + LEARNER,
                List.of(merchantId), ok("Onboarding"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "CharterAcceptanceInput")));
        paths.put(SHOP_ROOT + "/go-live", methods("post", op(SHOP, "goLive", "Takes the shop from onboarding to live",
                "Refused with 409 `activation_refused` and the blocking items in `details` while the checklist has any; 409 "
                        + "`not_onboarding` when the shop is not in onboarding (reinstating a suspended shop is the territory's)." + STAFF,
                List.of(merchantId), ok("Onboarding"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(SHOP_ROOT + "/courses", methods("get", op(SHOP, "getTrainingProgress", "Published courses with the shop's progress",
                "Each module's state for the shop and who completed it; each current staff member's completed modules." + STAFF,
                List.of(merchantId), ok("TrainingProgress"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP_ROOT + "/modules/{moduleId}", methods("get", op(SHOP, "getTrainingModule", "A module to read, with its quiz (no answers)",
                "`html` is rendered safely by the plugin." + STAFF, List.of(merchantId, moduleId), ok("TrainingModule"),
                BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP_ROOT + "/modules/{moduleId}/completion", methods("post", op(SHOP, "completeModuleReading",
                "Completes a module without quiz, once read",
                "409 `quiz_required` for a module with a quiz, `prerequisites_not_met` with the missing modules in `details`." + LEARNER,
                List.of(merchantId, moduleId), ok("Completion"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(SHOP_ROOT + "/modules/{moduleId}/quiz-attempts", methods("post", body(op(SHOP, "submitQuiz", "Answers a module's quiz",
                "One answer per question, in order; passing completes the module. Every attempt is recorded." + LEARNER,
                List.of(merchantId, moduleId), ok("QuizResult"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "QuizAttemptInput")));
        paths.put(SHOP_ROOT + "/workshops", methods("get", op(SHOP, "listUpcomingWorkshops", "Workshop sessions to come, soonest first",
                "With the seats left and the waiting list's length." + STAFF,
                List.of(merchantId, query("moduleId", map("type", "integer", "format", "int64", "minimum", 1, "description", "Only this module's")),
                        query("communeInsee", map("type", "string", "maxLength", 5, "description", "Only in this commune"))),
                okArray("WorkshopSession"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP_ROOT + "/bookings", methods(
                "get", op(SHOP, "listShopBookings", "The shop's bookings, latest first", STAFF.strip(),
                        List.of(merchantId), okArray("ShopBooking"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(op(SHOP, "bookWorkshop", "Books a seat for a person of the shop, or a place on the waiting list",
                        "The attendee is active staff of the shop (400 `invalid_attendee` on `attendeeId`); 409 `already_booked`, `session_started`, "
                                + "`session_cancelled`, `prerequisites_not_met`." + STAFF,
                        List.of(merchantId), created("Booking"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "BookingInput")));
        paths.put(SHOP_ROOT + "/bookings/{bookingId}/cancel", methods("post", op(SHOP, "cancelBooking", "Cancels one of the shop's bookings",
                "A seat it held goes to the first person waiting (`promoted`). 409 `session_started`." + STAFF,
                List.of(merchantId, pathId("bookingId")), ok("Cancellation"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(SHOP_ROOT + "/certificates", methods("get", op(SHOP, "listCertificates", "Certificates the shop's people earned",
                "One per course and person who completed every module of it for the shop." + STAFF,
                List.of(merchantId), okArray("Certificate"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(SHOP_ROOT + "/certificates/{courseId}/{accountId}", methods("get", op(SHOP, "downloadCertificate", "A certificate as a PDF",
                "404 for an unknown course or account (`account_not_found`); 403 for a person who is not one of the shop's people "
                        + "(its staff, or someone who learnt for it and left); 409 `course_not_completed` when the person has not "
                        + "completed the course for the shop." + STAFF,
                List.of(merchantId, pathId("courseId"), pathId("accountId")),
                Map.entry("200", map("description", "The PDF", "content", map("application/pdf", map("schema", map("type", "string", "format", "binary"))))),
                BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(SHOP_ROOT + "/membership", methods("get", op(SHOP, "getMembership", "The shop's membership for a month",
                "NO_PLAN, NOT_LIVE (nothing due while training), WAIVED (offered), or DUE." + STAFF,
                List.of(merchantId, query("month", map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$", "description",
                        "e.g. 2026-11; this month (in the marketplace's time zone) by default"))),
                ok("Membership"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));

        paths.put("/api/v1/trainer/sessions", methods("get", op(TRAINER, "listTrainerSessions", "The caller's sessions from a month ago on",
                TRAINER_ROLE.strip(), List.of(), okArray("WorkshopSession"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put("/api/v1/trainer/sessions/{sessionId}/roster", methods("get", op(TRAINER, "getSessionRoster",
                "A session's bookings: seats, waiting list, cancelled", TRAINER_ROLE.strip(),
                List.of(sessionId), ok("SessionRoster"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put("/api/v1/trainer/sessions/{sessionId}/attendance", methods("put", body(op(TRAINER, "recordAttendance",
                "Marks who came, all marks at once or none",
                "From the session's start on; PRESENT completes the module for the person's shop. 409 `session_not_started`, "
                        + "`session_cancelled`, `not_booked`." + TRAINER_ROLE,
                List.of(sessionId), ok("SessionRoster"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "AttendanceInput")));

        schemas.putAll(schemas());
    }

    private static Map<String, Object> nullableDateTime(String description) {
        return map("type", "string", "format", "date-time", "nullable", true, "description", description);
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ApplicationInput", input("The public form", List.of("shopName", "siret", "trade", "street", "postalCode", "communeInsee",
                        "contactName", "contactEmail", "contactPhone"),
                "shopName", map("type", "string", "maxLength", 200), "siret", map("type", "string", "maxLength", 40, "description", "14 digits"),
                "trade", map("type", "string", "maxLength", 200), "street", map("type", "string", "maxLength", 300),
                "postalCode", map("type", "string", "maxLength", 10), "communeInsee", map("type", "string", "maxLength", 10),
                "contactName", map("type", "string", "maxLength", 100), "contactEmail", map("type", "string", "maxLength", 254),
                "contactPhone", map("type", "string", "maxLength", 40), "message", map("type", "string", "maxLength", 2000),
                "language", map("type", "string", "enum", List.of("fr", "en"), "default", "fr",
                        "description", "The language the applicant is written to in (unless the contact's address has an account, whose language wins)")));
        schemas.put("ApplicationReceipt", object("An application received",
                "id", int64("Application number"), "status", enumeration(APPLICATION_STATUSES_TEXT, APPLICATION_STATUSES), "submittedAt", dateTime()));
        schemas.put("Application", object("An application to join",
                "id", int64("Application number"), "status", enumeration(APPLICATION_STATUSES_TEXT, APPLICATION_STATUSES),
                "shopName", string("Shop name"), "siret", string("SIRET, 14 digits"), "trade", string("What the shop does"),
                "street", string("Street address"), "postalCode", string("Postal code"), "communeInsee", string("INSEE code"),
                "contactName", string("Contact"), "contactEmail", string("Contact e-mail"), "contactPhone", string("Contact phone"),
                "message", string("The applicant's message; may be empty"),
                "language", string("The language the form was filled in (fr, en), which the replies are written in"), "submittedAt", dateTime(),
                "decidedAt", nullableDateTime("When approved or rejected"), "rejectionReason", nullableString("Why it was rejected"),
                "merchantId", nullableInt64("The shop, once approved"), "staffAccountId", nullableInt64("The contact's account, once approved")));
        schemas.put("ApplicationPage", object("A page of applications",
                "items", array(ref("Application"), "Oldest first"), "total", int32("Applications in the status asked (or all)"),
                "page", int32("Zero-based page number"), "size", int32("Page size")));
        schemas.put("RejectionInput", input("Why the application is rejected", List.of("reason"),
                "reason", map("type", "string", "maxLength", 1000, "description", "Sent to the applicant")));

        schemas.put("Charter", object("The territory's current charter",
                "version", int32("Version number"), "title", string("Title"), "html", string("Rendered safely"), "publishedAt", dateTime(),
                "accepted", bool("Whether the shop accepted this version")));
        schemas.put("Membership", object("The shop's membership for a month",
                "month", string("e.g. 2026-11"), "state", enumeration("Where the shop stands", List.of("NO_PLAN", "NOT_LIVE", "WAIVED", "DUE")),
                "amountDue", ref("Money"), "monthlyPrice", nullableRef("Money"),
                "waivedUntil", map("type", "string", "format", "date", "nullable", true, "description", "Last day of the waiver in force")));
        schemas.put("Onboarding", object("A shop's onboarding",
                "merchantId", int64("Merchant id"), "status", enumeration("Life-cycle status", MERCHANT_STATUSES),
                "checklist", array(ref("ChecklistItem"), "Every requirement, the engine's then the plugins'"),
                "blockingItems", array(string("For people"), "What keeps the shop from going live now"),
                "charter", nullableRef("Charter"), "membership", ref("Membership")));
        schemas.put("CharterAcceptanceInput", input("The charter version read", List.of("version"),
                "version", map("type", "integer", "format", "int32", "minimum", 1)));
        schemas.put("Completion", object("A module completed by a person for the shop",
                "moduleId", int64("Module id"), "accountId", int64("Who"), "completedAt", dateTime(),
                "via", enumeration("How", List.of("READING", "QUIZ", "WORKSHOP"))));
        schemas.put("ModuleProgress", object("A module for the shop",
                "id", int64("Module id"), "title", string("Title"), "required", bool("Part of a required course"),
                "state", enumeration("For the shop", List.of("LOCKED", "AVAILABLE", "COMPLETED")),
                "completions", array(ref("Completion"), "Who completed it for the shop, earliest first")));
        schemas.put("CourseProgress", object("A published course for the shop",
                "id", int64("Course id"), "title", string("Title"), "summary", string("Summary"), "required", bool("Needed to go live"),
                "completed", int32("Modules completed"), "total", int32("Modules"), "modules", array(ref("ModuleProgress"), "By position")));
        schemas.put("StaffProgress", object("A staff member's part",
                "accountId", int64("Account id"), "name", string("Name"), "completedModules", array(int64("Module id"), "Completed for the shop")));
        schemas.put("TrainingProgress", object("The shop's training",
                "merchantId", int64("Merchant id"), "courses", array(ref("CourseProgress"), "By position"),
                "staff", array(ref("StaffProgress"), "Current staff, by name")));
        schemas.put("QuizQuestion", object("A question (no answers)",
                "prompt", string("The question"), "choices", array(string("A choice"), "Indexed from 0"),
                "multipleAnswers", bool("Several choices are right")));
        schemas.put("Quiz", object("A module's quiz", "passMark", int32("Percent of right answers needed"),
                "questions", array(ref("QuizQuestion"), "In order")));
        schemas.put("TrainingModule", object("A module as the shop sees it",
                "id", int64("Module id"), "courseId", int64("Course id"), "courseTitle", string("Course"), "title", string("Title"),
                "summary", string("Summary"), "html", string("Content, rendered safely"), "minutes", int32("About how long"),
                "state", enumeration("For the shop", List.of("LOCKED", "AVAILABLE", "COMPLETED")),
                "missingPrerequisites", array(string("Module title"), "What to complete first"),
                "quiz", nullableRef("Quiz"), "completion", nullableRef("Completion")));
        schemas.put("QuizAnswer", input("The choices for one question", List.of("choices"),
                "choices", map("type", "array", "maxItems", 100, "items", map("type", "integer", "minimum", 0, "maximum", 99))));
        schemas.put("QuizAttemptInput", input("One answer per question, in order", List.of("answers"),
                "answers", map("type", "array", "maxItems", 100, "items", ref("QuizAnswer"))));
        schemas.put("QuizResult", object("How the attempt went",
                "correct", int32("Right answers"), "total", int32("Questions"), "passMark", int32("Percent needed"), "passed", bool("Passed"),
                "rightByQuestion", array(bool("Right"), "Per question"), "completion", nullableRef("Completion")));
        schemas.put("WorkshopSession", object("A workshop session",
                "id", int64("Session id"), "moduleId", int64("Module it covers"), "moduleTitle", string("Module"),
                "startsAt", dateTime(), "endsAt", dateTime(), "place", string("Where; may be empty for online sessions"),
                "communeInsee", nullableString("Commune"), "communeName", nullableString("Commune name"),
                "onlineUrl", string("Link of an online session; empty otherwise"), "capacity", int32("Seats"), "booked", int32("Seats taken"),
                "seatsLeft", int32("Seats left"), "waiting", int32("On the waiting list"), "trainerId", int64("Trainer's account"),
                "trainerName", string("Trainer"), "status", enumeration("Status", List.of("SCHEDULED", "CANCELLED")),
                "cancelReason", nullableString("Why it was called off")));
        schemas.put("Booking", object("A seat asked for by a person of a shop",
                "id", int64("Booking id"), "sessionId", int64("Session"), "merchantId", int64("Shop"), "attendeeId", int64("Person"),
                "state", enumeration("State", List.of("BOOKED", "WAITING", "CANCELLED")),
                "waitingPosition", map("type", "integer", "format", "int32", "nullable", true, "description", "1 is next, while WAITING"),
                "requestedAt", dateTime(), "confirmedAt", nullableDateTime("When the seat was given"),
                "cancelledAt", nullableDateTime("When cancelled"),
                "attendance", nullableString("PRESENT or ABSENT as marked by the trainer; null before")));
        schemas.put("ShopBooking", object("A booking with its session", "booking", ref("Booking"), "session", ref("WorkshopSession")));
        schemas.put("BookingInput", input("Who books which session", List.of("sessionId", "attendeeId"),
                "sessionId", map("type", "integer", "format", "int64", "minimum", 1),
                "attendeeId", map("type", "integer", "format", "int64", "minimum", 1, "description", "A staff member of the shop")));
        schemas.put("Cancellation", object("A cancelled booking",
                "cancelled", ref("Booking"), "promoted", nullableRef("Booking")));
        schemas.put("Certificate", object("A course completed by a person for the shop",
                "courseId", int64("Course"), "courseTitle", string("Course"), "accountId", int64("Person"), "personName", string("Name"),
                "completedOn", map("type", "string", "format", "date"), "reference", string("Printed on the certificate"),
                "pdf", string("Where to download the PDF")));
        schemas.put("RosterEntry", object("A booking with names",
                "booking", ref("Booking"), "attendeeName", string("Name"), "attendeeEmail", string("E-mail"), "shopName", string("Shop")));
        schemas.put("SessionRoster", object("A session's bookings",
                "session", ref("WorkshopSession"), "booked", array(ref("RosterEntry"), "Seats, in arrival order"),
                "waiting", array(ref("RosterEntry"), "The waiting list, in order"), "cancelled", array(ref("RosterEntry"), "Cancelled")));
        schemas.put("AttendanceMark", input("One mark", List.of("bookingId", "attendance"),
                "bookingId", map("type", "integer", "format", "int64", "minimum", 1),
                "attendance", enumeration("Came or not", List.of("PRESENT", "ABSENT"))));
        schemas.put("AttendanceInput", input("The marks", List.of("marks"),
                "marks", map("type", "array", "minItems", 1, "maxItems", 500, "items", ref("AttendanceMark"))));
        return schemas;
    }
}
