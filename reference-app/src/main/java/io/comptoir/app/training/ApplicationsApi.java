package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.Language;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** {@code POST /api/v1/applications}: the public "join the marketplace" form as JSON, for the territory's partners' tools. */
final class ApplicationsApi {
    static final String PATH = "/api/v1/applications";

    private final TrainingServices services;

    ApplicationsApi(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::apply, AccessRole.ANYONE);
    }

    private void apply(Context ctx) {
        ShopApplications applications = services.get(ShopApplications.class);
        JsonBody body = JsonBody.of(ctx);
        Language language = body.choice("language", List.of(Language.values()), Language::code).orElse(Language.FR);
        ShopApplication application = applications.apply(ApplicationFields.read(name -> name.equals("message")
                ? body.optionalText(name, ApplicationFields.MAX_LENGTHS.get(name)).orElse("")
                : body.text(name, ApplicationFields.MAX_LENGTHS.get(name))), language.bare());
        ctx.status(HttpStatus.CREATED).json(new Receipt(application.id().value(), application.status().name(), application.submittedAt()));
    }

    /** What an applicant gets back: the application's number and where it stands. */
    record Receipt(long id, String status, Instant submittedAt) {
    }
}
