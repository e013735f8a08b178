package io.comptoir.app.training;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.training.api.ShopApplications;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code /rejoindre}: a shop of the territory applies to sell on the marketplace, without an account and without
 * JavaScript. A refused form comes back with what was typed and the message next to the field at fault.
 */
final class JoinPage {
    private final TrainingServices services;
    private final PageFactory pages;

    JoinPage(TrainingServices services, PageFactory pages) {
        this.services = requireNonNull(services, "services is null");
        this.pages = requireNonNull(pages, "pages is null");
    }

    void register(RoutesConfig routes) {
        routes.get(TrainingPaths.JOIN, this::form, AccessRole.ANYONE);
        routes.post(TrainingPaths.JOIN, this::apply, AccessRole.ANYONE);
        routes.get(TrainingPaths.JOINED, this::joined, AccessRole.ANYONE);
    }

    private void form(Context ctx) {
        services.get(ShopApplications.class);
        render(ctx, FormState.empty(), 200);
    }

    private void apply(Context ctx) {
        ShopApplications applications = services.get(ShopApplications.class);
        FormParams params = new FormParams(ctx);
        FormState state = FormState.empty();
        ApplicationFields.NAMES.forEach(name -> state.value(name, params.raw(name)));
        Page page = pages.page(ctx);
        try {
            // the replies are written in the language the form was read in
            applications.apply(ApplicationFields.read(name -> params.text(name, ApplicationFields.MAX_LENGTHS.get(name))),
                    page.i18n().language().bare());
            ctx.redirect(TrainingPaths.JOINED, HttpStatus.SEE_OTHER);
        }
        catch (InvalidInputException e) {
            String field = e.field().orElse("");
            state.error(field, fieldMessage(page, field));
            state.alert(page.t("training.join.fix"));
            render(ctx, state, 400);
        }
        catch (ConflictException e) {
            String key = "training.join.conflict." + e.code();
            state.error("siret", page.i18n().has(key) ? page.t(key) : page.t("training.join.conflict.other"));
            state.alert(page.t("training.join.fix"));
            render(ctx, state, 409);
        }
    }

    static String fieldMessage(Page page, String field) {
        String key = "training.join.error." + field;
        return page.i18n().has(key) ? page.t(key) : page.t("training.join.error.other");
    }

    private void joined(Context ctx) {
        services.get(ShopApplications.class);
        PageFactory.render(ctx, "training/joined.jte", pages.page(ctx));
    }

    private void render(Context ctx, FormState state, int status) {
        List<Commune> communes = services.marketplace().territory().communes().stream()
                .sorted(Comparator.comparing(Commune::name)).toList();
        ctx.status(status);
        PageFactory.render(ctx, "training/join.jte", new JoinView(pages.page(ctx), state, communes));
    }
}
