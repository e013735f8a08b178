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
import static io.comptoir.app.web.openapi.Operations.noContent;
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
 * The training plugin's territory side: the onboarding pipeline, completion rates, courses and modules, workshop sessions
 * with their bookings, and the membership plan and waivers. Answers 404 where the training plugin does not run.
 */
public final class TrainingAdminApiSection implements OpenApiSection {
    private static final String TAG = "Training administration";
    private static final String ROLE = " Role: TERRITORY_ADMIN.";
    private static final String ROOT = "/api/v1/admin/training";
    private static final List<String> APPLICATION_STATUSES = List.of("PENDING", "APPROVING", "APPROVED", "REJECTED");
    private static final List<String> MEMBERSHIP_STATES = List.of("NO_PLAN", "NOT_LIVE", "WAIVED", "DUE");
    private static final Map<String, Object> DATE = map("type", "string", "format", "date");
    private static final Map<String, Object> MONTH = map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$", "description", "A month, e.g. 2027-01");

    @Override
    public Map<String, String> tags() {
        return Map.of(TAG, "Shop onboarding and training run by the territory: pipeline, courses, workshops, membership");
    }

    @SafeVarargs
    private static Map<String, Object> op(String id, String summary, String description, List<Map<String, Object>> parameters,
                                          Map.Entry<String, Object>... responses) {
        return operation(id, TAG, summary, description + ROLE, parameters, responses);
    }

    @Override
    public void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas) {
        Map<String, Object> courseId = pathId("courseId");
        Map<String, Object> moduleId = pathId("moduleId");
        Map<String, Object> sessionId = pathId("sessionId");

        paths.put(ROOT + "/pipeline", methods("get", op("getOnboardingPipeline", "The onboarding pipeline",
                "Applications and shops by status (`members` are the live shops, `inTraining` the onboarding ones), each shop in "
                        + "training with its required modules done, charter and blocking items, the live shops late with required "
                        + "training, and the suspended shops.",
                List.of(), ok("OnboardingPipeline"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/reports", methods("get", op("getTrainingReports", "Completion rates",
                "Per published course and module, among onboarding and live shops; per commune, the live shops and the progress of "
                        + "the shops in training.",
                List.of(), ok("TrainingReports"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/courses", methods(
                "get", op("listTrainingCourses", "Every course with its modules", "Unpublished courses too, by position.",
                        List.of(), okArray("TrainingCourse"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "post", body(op("createTrainingCourse", "Creates a course",
                        "A required course must be published (400 on `published`).",
                        List.of(), created("TrainingCourse"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "TrainingCourseInput")));
        paths.put(ROOT + "/courses/{courseId}", methods(
                "get", op("getTrainingCourse", "A course with its modules", "Unpublished ones too.",
                        List.of(courseId), ok("TrainingCourse"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateTrainingCourse", "Changes a course",
                        "Making it required starts the grace period of live shops now; making it optional drops the requirement.",
                        List.of(courseId), ok("TrainingCourse"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "TrainingCourseInput")));
        paths.put(ROOT + "/courses/{courseId}/published", methods("put", body(op("publishTrainingCourse", "Publishes or unpublishes a course",
                "Everything else stays; a required course stays published (400 on `published`).",
                List.of(courseId), ok("TrainingCourse"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "PublishedInput")));
        paths.put(ROOT + "/courses/{courseId}/modules", methods("post", body(op("createTrainingModule", "Adds a module to a course",
                "Prerequisites are modules of the same course, without cycles; a quiz has 1 to 20 questions of 2 to 8 choices, at "
                        + "least one right. Raw HTML in the Markdown content is shown as text, never run.",
                List.of(courseId), created("AdminTrainingModule"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "TrainingModuleInput")));
        paths.put(ROOT + "/modules/{moduleId}", methods(
                "get", op("getTrainingModuleForEditing", "A module, with its quiz answers and its content rendered safely", "For editing.",
                        List.of(moduleId), ok("AdminTrainingModule"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateTrainingModule", "Changes a module", "Same rules as creating one.",
                        List.of(moduleId), ok("AdminTrainingModule"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "TrainingModuleInput"),
                "delete", op("deleteTrainingModule", "Removes a module nobody has used",
                        "409 `module_in_use` once someone completed it, tried its quiz or a workshop covers it; 409 "
                                + "`module_is_prerequisite` while another module needs it.",
                        List.of(moduleId), noContent(), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT)));
        paths.put(ROOT + "/sessions", methods(
                "get", op("listWorkshopSessions", "Workshop sessions between two days",
                        "Cancelled ones too, soonest first. Defaults: from 90 days ago to a year from now; at most two years.",
                        List.of(query("from", DATE), query("until", DATE)), ok("WorkshopSessionList"), BAD_REQUEST, UNAUTHORIZED,
                        FORBIDDEN, NOT_FOUND),
                "post", body(op("scheduleWorkshopSession", "Plans a session",
                        "Times are wall-clock times of the marketplace's time zone (GET /api/v1/territory: timeZone), in the future, at most 12 hours long; a place, an https:// link or "
                                + "both; 1 to 500 seats; the trainer is an active account holding TRAINER.",
                        List.of(), created("AdminWorkshopSession"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                        UNSUPPORTED_MEDIA_TYPE), "WorkshopSessionInput")));
        paths.put(ROOT + "/sessions/{sessionId}", methods(
                "get", op("getWorkshopRoster", "A session with its bookings",
                        "Seats in arrival order, the waiting list in its order, the cancelled bookings; attendance as marked.",
                        List.of(sessionId), ok("WorkshopRoster"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND),
                "put", body(op("updateWorkshopSession", "Changes a session that has not started",
                        "Its module stays once people booked (409 `session_has_bookings`); its capacity cannot drop below the seats "
                                + "taken (409 `capacity_below_bookings`); more seats go to the waiting list at once.",
                        List.of(sessionId), ok("AdminWorkshopSession"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT,
                        PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE), "WorkshopSessionInput")));
        paths.put(ROOT + "/sessions/{sessionId}/cancel", methods("post", body(op("cancelWorkshopSession", "Calls a session off",
                "Every booking is cancelled and its holder mailed the reason. Cancelling twice changes nothing; a started session is "
                        + "409 `session_started`.",
                List.of(sessionId), ok("AdminWorkshopSession"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "CancelSessionInput")));
        paths.put(ROOT + "/trainers", methods("get", op("listTrainers", "The trainers a session can have",
                "Active accounts holding TRAINER, by name.", List.of(), okArray("Trainer"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/membership", methods("get", op("getMembershipOverview", "The membership for a month",
                "The plan in force and every plan, the waivers (revoked ones too), and the month's statement: each shop past its "
                        + "application with what it owes.",
                List.of(query("month", MONTH)), ok("AdminMembership"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));
        paths.put(ROOT + "/membership/plan", methods("put", body(op("setMembershipPlan", "Sets the monthly price from a month on",
                "This month or later (past months keep their price); setting the same month again replaces its price.",
                List.of(), ok("MembershipPlan"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE),
                "MembershipPlanInput")));
        paths.put(ROOT + "/membership/waivers", methods("post", body(op("grantMembershipWaiver", "Offers the subscription",
                "To one shop, or to every shop without `shop`, from one day to another, both included (days of the marketplace's time zone).",
                List.of(), created("MembershipWaiver"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE,
                UNSUPPORTED_MEDIA_TYPE), "WaiverInput")));
        paths.put(ROOT + "/membership/waivers/{waiverId}", methods("delete", op("revokeMembershipWaiver", "Withdraws a waiver",
                "As if it had never been granted, for every month. Revoking twice changes nothing.",
                List.of(pathId("waiverId")), ok("MembershipWaiver"), BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND)));

        schemas.putAll(schemas());
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ApplicationsByStatus", object("Applications in each status",
                "PENDING", int32("To review"), "APPROVING", int32("Being approved right now"), "APPROVED", int32("Approved"),
                "REJECTED", int32("Rejected")));
        schemas.put("ShopTrainingProgress", object("Where a shop stands with its onboarding",
                "id", int64("Merchant id"), "name", string("Shop name"), "communeInsee", string("INSEE code of its commune"),
                "status", enumeration("Life-cycle status", MERCHANT_STATUSES),
                "requiredModulesDone", int32("Required modules the shop completed"), "requiredModules", int32("Required modules"),
                "charterAccepted", bool("Whether it accepted the current charter"),
                "blocking", array(string("For people"), "Checklist items that keep it from going live"),
                "upcomingBookings", int32("Seats or waiting places held in sessions to come"),
                "overdue", bool("For a live shop: required training past its deadline"), "readyToGoLive", bool("Nothing blocks it")));
        schemas.put("ShopBrief", object("A shop, in short",
                "id", int64("Merchant id"), "name", string("Shop name"), "communeInsee", string("INSEE code of its commune")));
        schemas.put("OnboardingPipeline", object("The territory's onboarding",
                "applications", ref("ApplicationsByStatus"), "shops", ref("ShopsByStatus"),
                "members", int32("Live shops: the marketplace's members"), "inTraining", int32("Onboarding shops"),
                "inTrainingShops", array(ref("ShopTrainingProgress"), "Each onboarding shop"),
                "liveOverdue", array(ref("ShopTrainingProgress"), "Live shops late with required training"),
                "suspended", array(ref("ShopBrief"), "Suspended shops, by name")));
        schemas.put("ModuleRate", object("Completion of a module",
                "moduleId", int64("Module id"), "title", string("Title"), "shopsCompleted", int32("Shops that completed it"),
                "shops", int32("Onboarding and live shops"), "viaWorkshop", int32("Of which by attending a workshop"),
                "rate", int32("Percent, rounded down")));
        schemas.put("CourseRate", object("Completion of a published course",
                "courseId", int64("Course id"), "title", string("Title"), "required", bool("Required to go live"),
                "shopsCompleted", int32("Shops that completed every module"), "shops", int32("Onboarding and live shops"),
                "rate", int32("Percent, rounded down"), "modules", array(ref("ModuleRate"), "By position")));
        schemas.put("CommuneRate", object("Onboarding in a commune",
                "communeInsee", string("INSEE code"), "communeName", string("Name"), "live", int32("Live shops"),
                "inTraining", int32("Onboarding shops"), "trainingDone", int32("Onboarding shops done with required training"),
                "charterAccepted", int32("Onboarding shops that accepted the charter"),
                "modulesDone", int32("Required modules done by its onboarding shops"), "modulesRequired", int32("Required modules to do"),
                "rate", int32("modulesDone in percent of modulesRequired, rounded down")));
        schemas.put("TrainingReports", object("Completion rates",
                "courses", array(ref("CourseRate"), "Published courses in order"), "communes", array(ref("CommuneRate"), "By name")));
        schemas.put("QuizChoice", object("A choice", "label", string("Text"), "correct", bool("Whether it is a right answer")));
        schemas.put("AdminQuizQuestion", object("A question", "prompt", string("Text"), "choices", array(ref("QuizChoice"), "2 to 8")));
        schemas.put("AdminQuiz", object("A quiz with its answers (admins only)",
                "passMark", int32("Percent of questions to answer right"), "questions", array(ref("AdminQuizQuestion"), "1 to 20")));
        schemas.put("AdminTrainingModule", object("A module",
                "id", int64("Module id"), "courseId", int64("Course id"), "title", string("Title"), "summary", string("Summary"),
                "content", string("Markdown"), "contentHtml", string("The content as shops read it: raw HTML escaped, unsafe links emptied"),
                "minutes", int32("About how long it takes"), "position", int32("Order in the course"),
                "prerequisites", array(int64("Module id"), "Modules of the course to complete first"),
                "quiz", nullableRef("AdminQuiz"), "createdAt", dateTime(), "updatedAt", dateTime()));
        schemas.put("TrainingCourse", object("A course",
                "id", int64("Course id"), "title", string("Title"), "summary", string("Description"),
                "required", bool("Every shop completes it before going live"),
                "requiredSince", map("type", "string", "format", "date-time", "nullable", true, "description", "When it became required"),
                "published", bool("Shops see it"), "position", int32("Order among courses"), "createdAt", dateTime(), "updatedAt", dateTime(),
                "modules", array(ref("AdminTrainingModule"), "By position")));
        schemas.put("TrainingCourseInput", input("A course", List.of("title"),
                "title", map("type", "string", "minLength", 1, "maxLength", 200), "summary", map("type", "string", "maxLength", 2000),
                "required", bool("Required to go live (then it must be published); default false"),
                "published", bool("Default false"), "position", map("type", "integer", "minimum", 0, "maximum", 10_000)));
        schemas.put("PublishedInput", input("Published or not", List.of("published"), "published", bool("true publishes")));
        schemas.put("QuizInput", input("A quiz", List.of("passMark", "questions"),
                "passMark", map("type", "integer", "minimum", 1, "maximum", 100),
                "questions", map("type", "array", "maxItems", 20, "items", input("A question", List.of("prompt", "choices"),
                        "prompt", map("type", "string", "maxLength", 1000),
                        "choices", map("type", "array", "maxItems", 8, "items", input("A choice", List.of("label", "correct"),
                                "label", map("type", "string", "maxLength", 500), "correct", bool("A right answer")))))));
        schemas.put("TrainingModuleInput", input("A module", List.of("title", "content", "minutes"),
                "title", map("type", "string", "minLength", 1, "maxLength", 200), "summary", map("type", "string", "maxLength", 1000),
                "content", map("type", "string", "minLength", 1, "maxLength", 100_000, "description", "Markdown"),
                "minutes", map("type", "integer", "minimum", 1, "maximum", 600), "position", map("type", "integer", "minimum", 0, "maximum", 10_000),
                "prerequisites", map("type", "array", "maxItems", 50, "items", map("type", "integer", "format", "int64", "minimum", 1)),
                "quiz", ref("QuizInput")));
        schemas.put("AdminWorkshopSession", object("A workshop session",
                "id", int64("Session id"), "moduleId", int64("Module id"), "moduleTitle", string("Module title"),
                "startsAt", dateTime(), "endsAt", dateTime(), "place", string("Venue and address; may be empty online"),
                "communeInsee", nullableString("Commune of the venue"), "communeName", nullableString("Its name"),
                "onlineUrl", string("https:// link, or empty"), "capacity", int32("Seats"), "trainerId", int64("Trainer's account id"),
                "trainerName", string("Trainer's name"), "status", enumeration("Status", List.of("SCHEDULED", "CANCELLED")),
                "cancelReason", nullableString("Why it was called off"), "booked", int32("Seats taken"), "waiting", int32("Waiting list length"),
                "seatsLeft", int32("Seats still free")));
        schemas.put("WorkshopSessionList", object("Sessions between two days",
                "from", DATE, "until", DATE, "items", array(ref("AdminWorkshopSession"), "Soonest first")));
        schemas.put("WorkshopBooking", object("A booking with names",
                "id", int64("Booking id"), "shopId", int64("Merchant id"), "shopName", string("Shop name"),
                "attendeeId", int64("Account id of the person"), "attendeeName", string("Name"), "attendeeEmail", string("E-mail"),
                "arrival", int32("Order of arrival in the session (1, 2...)"),
                "state", enumeration("State", List.of("BOOKED", "WAITING", "CANCELLED")),
                "waitingPosition", map("type", "integer", "format", "int32", "nullable", true, "description", "Place on the waiting list"),
                "requestedAt", dateTime(), "confirmedAt", map("type", "string", "format", "date-time", "nullable", true),
                "cancelledAt", map("type", "string", "format", "date-time", "nullable", true),
                "attendance", map("type", "string", "nullable", true, "enum", List.of("PRESENT", "ABSENT"), "description", "As marked")));
        schemas.put("WorkshopRoster", object("A session's bookings",
                "session", ref("AdminWorkshopSession"), "booked", array(ref("WorkshopBooking"), "Seats in arrival order"),
                "waiting", array(ref("WorkshopBooking"), "Waiting list in order"), "cancelled", array(ref("WorkshopBooking"), "Cancelled")));
        schemas.put("WorkshopSessionInput", input("A session as an admin plans it",
                List.of("module", "startsAt", "endsAt", "capacity", "trainer"),
                "module", map("type", "integer", "format", "int64", "minimum", 1),
                "startsAt", map("type", "string", "description", "Local date and time (the marketplace's time zone), e.g. 2026-12-10T14:00"),
                "endsAt", map("type", "string", "description", "Local date and time (the marketplace's time zone)"),
                "place", map("type", "string", "maxLength", 300), "communeInsee", map("type", "string", "maxLength", 10),
                "onlineUrl", map("type", "string", "maxLength", 500), "capacity", map("type", "integer", "minimum", 1, "maximum", 500),
                "trainer", map("type", "integer", "format", "int64", "minimum", 1, "description", "Account id of a trainer")));
        schemas.put("CancelSessionInput", input("Why the session is called off", List.of("reason"),
                "reason", map("type", "string", "minLength", 1, "maxLength", 1000)));
        schemas.put("Trainer", object("A trainer", "id", int64("Account id"), "name", string("Name"), "email", string("E-mail")));
        schemas.put("MembershipPlan", object("A monthly price from a month on",
                "monthlyPrice", ref("Money"), "from", MONTH, "createdAt", dateTime()));
        schemas.put("MembershipWaiver", object("The subscription offered",
                "id", int64("Waiver id"), "shop", nullableInt64("Merchant id; null for every shop"),
                "shopName", nullableString("Shop name; null for every shop"), "from", DATE, "until", DATE, "reason", string("Shown to the shop"),
                "grantedBy", string("Who granted it"), "grantedAt", dateTime(),
                "revokedAt", map("type", "string", "format", "date-time", "nullable", true)));
        schemas.put("MembershipCounts", object("Shops in each membership state",
                "NO_PLAN", int32("No plan that month"), "NOT_LIVE", int32("Not live that month"), "WAIVED", int32("Offered"),
                "DUE", int32("Owing the price")));
        schemas.put("ShopMembership", object("A shop's membership for the month",
                "shopId", int64("Merchant id"), "shopName", string("Name"), "state", enumeration("State", MEMBERSHIP_STATES),
                "amountDue", ref("Money"), "waivedUntil", map("type", "string", "format", "date", "nullable", true),
                "waiverReason", nullableString("The waiver's reason")));
        schemas.put("MembershipStatement", object("A month's statement",
                "month", MONTH, "counts", ref("MembershipCounts"), "totalDue", ref("Money"),
                "shops", array(ref("ShopMembership"), "Shops past their application, by name")));
        schemas.put("AdminMembership", object("The membership",
                "planInForce", nullableRef("MembershipPlan"), "plans", array(ref("MembershipPlan"), "Oldest first"),
                "waivers", array(ref("MembershipWaiver"), "Every waiver"), "statement", ref("MembershipStatement")));
        schemas.put("MembershipPlanInput", input("A price from a month on", List.of("monthlyPrice", "from"),
                "monthlyPrice", ref("Money"), "from", MONTH));
        schemas.put("WaiverInput", input("The subscription offered", List.of("from", "until", "reason"),
                "shop", map("type", "integer", "format", "int64", "minimum", 1, "description", "Merchant id; absent for every shop"),
                "from", DATE, "until", DATE, "reason", map("type", "string", "minLength", 1, "maxLength", 300)));
        return schemas;
    }
}
