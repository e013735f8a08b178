package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.training.api.CharterAcceptance;
import io.comptoir.training.api.CharterVersion;
import io.comptoir.training.api.Charters;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.Memberships;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/mise-en-ligne}: "my onboarding": the checklist with what still blocks going
 * live, the territory's charter to accept, the request to go live (refused with the blocking items), and the membership.
 */
final class OnboardingPage {
    private final ShopTraining training;

    OnboardingPage(ShopTraining training) {
        this.training = requireNonNull(training, "training is null");
    }

    void register(RoutesConfig routes) {
        String path = BackOffice.MERCHANT.root() + "/{merchantId}/mise-en-ligne";
        routes.get(path, this::show, ShopTraining.STAFF);
        routes.post(path + "/charte", this::acceptCharter, ShopTraining.STAFF);
        routes.post(path + "/ouvrir", this::goLive, ShopTraining.STAFF);
    }

    private void show(Context ctx) {
        Merchant shop = training.shop(ctx);
        render(ctx, shop, Notice.none(), 200);
    }

    private void acceptCharter(Context ctx) {
        Merchant shop = training.shop(ctx);
        try {
            int version = new FormParams(ctx).integer("version", 1, Integer.MAX_VALUE);
            training.service(Charters.class).accept(shop.id(), version, ShopTraining.actor(ctx));
            ShopTraining.redirectDone(ctx, TrainingPaths.onboarding(shop.id()), "charter-accepted");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, Optional.of(new Problems(training.frame(ctx, shop, TrainingNav.ONBOARDING).page()).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, shop, Optional.of(new Problems(training.frame(ctx, shop, TrainingNav.ONBOARDING).page()).of(e)), 409);
        }
    }

    private void goLive(Context ctx) {
        Merchant shop = training.shop(ctx);
        try {
            new GoingLive(training.marketplace().merchants()).goLive(shop, ShopTraining.actor(ctx));
            ShopTraining.redirectDone(ctx, TrainingPaths.onboarding(shop.id()), "shop-live");
        }
        catch (ConflictException e) {
            Page page = training.frame(ctx, shop, TrainingNav.ONBOARDING).page();
            Notice notice = new Notice(false, page.t("training.onboarding.refused"), e.details(), java.util.Map.of());
            render(ctx, training.marketplace().merchants().require(shop.id()), Optional.of(notice), 409);
        }
    }

    private void render(Context ctx, Merchant shop, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = training.frame(ctx, shop, TrainingNav.ONBOARDING).withNotice(notice);
        Page page = frame.page();
        Actor actor = ShopTraining.actor(ctx);
        boolean live = shop.status() == MerchantStatus.LIVE;
        List<ChecklistRow> rows = training.marketplace().onboarding().checklist(shop.id()).stream()
                .map(item -> ChecklistRow.of(page, item)).toList();
        long blocking = rows.stream().filter(ChecklistRow::blocks).count();
        Charters charters = training.service(Charters.class);
        Optional<CharterAcceptance> accepted = charters.latestAcceptance(shop.id(), actor);
        Optional<OnboardingView.Charter> charter = charters.current().map(current -> charter(page, current, accepted));
        ctx.status(status);
        PageFactory.render(ctx, "training/onboarding.jte", new OnboardingView(frame, StatusBadges.merchant(page, shop.status()), rows,
                blocking, shop.status() == MerchantStatus.ONBOARDING, live, charter,
                membership(page, training.service(Memberships.class).status(shop.id(), training.thisMonth(), actor)),
                TrainingPaths.onboarding(shop.id()) + "/ouvrir", TrainingPaths.onboarding(shop.id()) + "/charte"));
    }

    private static OnboardingView.Charter charter(Page page, CharterVersion current, Optional<CharterAcceptance> accepted) {
        return new OnboardingView.Charter(current.version(), current.title(), HeadingLevels.demote(current.html(), 3),
                accepted.map(acceptance -> page.t("training.charter.acceptedOn", acceptance.version(),
                        Formats.dateTime(page, acceptance.acceptedAt()))),
                accepted.map(acceptance -> acceptance.version() == current.version()).orElse(false));
    }

    static OnboardingView.Membership membership(Page page, MembershipStatus status) {
        String tone = switch (status.state()) {
            case DUE -> "info";
            case WAIVED -> "success";
            case NOT_LIVE, NO_PLAN -> "muted";
        };
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", page.i18n().locale()).format(status.month());
        return new OnboardingView.Membership(new Badge(page.t("training.membership.state." + status.state().name()), tone), month,
                status.monthlyPrice().map(price -> page.t("training.membership.price", page.money(price))),
                status.state() == MembershipState.DUE ? Optional.of(page.money(status.amountDue())) : Optional.empty(),
                status.waiver().map(waiver -> page.t("training.membership.waivedUntil", Formats.date(page, waiver.until()))));
    }
}
