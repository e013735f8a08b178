package io.comptoir.app.training;

import io.comptoir.app.web.JsonBody;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.Viewer;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.CharterAcceptance;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.Memberships;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/v1/merchant/{merchantId}/training/...}: the shop's onboarding as JSON: the checklist and what blocks going
 * live, accepting the charter, going live (409 with the blocking items), and the membership of a month.
 */
final class OnboardingApi {
    static final String ROOT = MerchantTrainingApi.ROOT;

    private final ShopTraining training;

    OnboardingApi(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        routes.get(ROOT + "/onboarding", this::onboarding, ShopTraining.STAFF);
        routes.post(ROOT + "/charter-acceptance", this::acceptCharter, ShopTraining.STAFF);
        routes.post(ROOT + "/go-live", this::goLive, ShopTraining.STAFF);
        routes.get(ROOT + "/membership", this::membership, ShopTraining.STAFF);
    }

    private void onboarding(Context ctx) {
        ctx.json(onboardingOf(training.apiShop(ctx), Viewer.of(ctx).actor()));
    }

    private TrainingJson.Onboarding onboardingOf(Merchant shop, Actor actor) {
        List<ChecklistItem> items = training.marketplace().onboarding().checklist(shop.id());
        Charters charters = training.service(Charters.class);
        Optional<CharterAcceptance> accepted = charters.latestAcceptance(shop.id(), actor);
        return new TrainingJson.Onboarding(shop.id().value(), shop.status().name(), items.stream().map(TrainingJson.Item::of).toList(),
                items.stream().filter(ChecklistItem::blocks).map(item -> item.detail().isEmpty() ? item.label() : item.label() + " : " + item.detail())
                        .toList(),
                charters.current().map(current -> TrainingJson.Charter.of(current,
                        accepted.map(a -> a.version() == current.version()).orElse(false))).orElse(null),
                TrainingJson.Membership.of(training.service(Memberships.class).status(shop.id(), training.thisMonth(), actor)));
    }

    private void acceptCharter(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        int version = (int) JsonBody.of(ctx).integer("version", 1, Integer.MAX_VALUE);
        Actor actor = Viewer.of(ctx).actor();
        training.service(Charters.class).accept(shop.id(), version, actor);
        ctx.json(onboardingOf(shop, actor));
    }

    private void goLive(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        Actor actor = Viewer.of(ctx).actor();
        Merchant live = new GoingLive(training.marketplace().merchants()).goLive(shop, actor);
        ctx.json(onboardingOf(live, actor));
    }

    private void membership(Context ctx) {
        Merchant shop = training.apiShop(ctx);
        YearMonth month = new QueryParams(ctx).text("month", 7).map(OnboardingApi::month).orElse(training.thisMonth());
        ctx.json(TrainingJson.Membership.of(training.service(Memberships.class).status(shop.id(), month, Viewer.of(ctx).actor())));
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() >= 2000 && month.getYear() <= 2200) {
                return month;
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        throw InvalidInputException.invalid("month", "month must be written 2026-11, got '" + text + "'");
    }
}
