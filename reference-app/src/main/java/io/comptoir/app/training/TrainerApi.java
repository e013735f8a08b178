package io.comptoir.app.training;

import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.PathParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.training.api.Attendance;
import io.comptoir.training.api.BookingId;
import io.comptoir.training.api.SessionId;
import io.comptoir.training.api.Workshops;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/trainer/...}: a trainer's sessions, their rosters, and the attendance marks (the session's trainer or an
 * admin; 403 for anyone else).
 */
final class TrainerApi {
    static final String ROOT = "/api/v1/trainer";
    static final int MAX_MARKS = 500;

    private final TrainingServices services;

    TrainerApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT + "/sessions", this::sessions, TrainerPages.TRAINERS);
        routes.get(ROOT + "/sessions/{sessionId}/roster", this::roster, TrainerPages.TRAINERS);
        routes.put(ROOT + "/sessions/{sessionId}/attendance", this::attendance, TrainerPages.TRAINERS);
    }

    private void sessions(Context ctx) {
        ctx.json(services.get(Workshops.class).sessionsOfTrainer(Viewer.of(ctx).actor()).stream().map(TrainingJson.Session::of).toList());
    }

    private static SessionId sessionId(Context ctx) {
        return new SessionId(PathParams.positiveId(ctx, "sessionId"));
    }

    private void roster(Context ctx) {
        Workshops workshops = services.get(Workshops.class);
        ctx.json(TrainingJson.Roster.of(workshops.roster(sessionId(ctx), Viewer.of(ctx).actor())));
    }

    /** {@code {"marks": [{"bookingId": 12, "attendance": "PRESENT"}]}}: all marks at once, or none. */
    private void attendance(Context ctx) {
        Workshops workshops = services.get(Workshops.class);
        SessionId session = sessionId(ctx);
        Map<BookingId, Attendance> marks = new LinkedHashMap<>();
        for (JsonBody mark : JsonBody.of(ctx).objects("marks", MAX_MARKS)) {
            BookingId booking = new BookingId(mark.integer("bookingId", 1, Long.MAX_VALUE));
            Attendance attendance = mark.choice("attendance", Attendance.class)
                    .orElseThrow(() -> JsonBody.invalid(mark.fieldName("attendance"), "attendance is required: PRESENT or ABSENT"));
            if (marks.put(booking, attendance) != null) {
                throw JsonBody.invalid(mark.fieldName("bookingId"), "each booking is marked once");
            }
        }
        if (marks.isEmpty()) {
            throw InvalidInputException.invalid("marks", "marks must hold at least one booking");
        }
        workshops.recordAttendance(session, marks, Viewer.of(ctx).actor());
        ctx.json(TrainingJson.Roster.of(workshops.roster(session, Viewer.of(ctx).actor())));
    }
}
