package io.comptoir.app.training;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.training.api.Memberships;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The membership as the territory follows it for a month: the plan in force, every plan, the waivers and the statement. */
final class MembershipReport {
    private final TrainingServices services;

    MembershipReport(TrainingServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    TrainingAdminJson.Membership of(YearMonth month, Actor actor) {
        Memberships memberships = services.memberships();
        Map<Long, String> names = new HashMap<>();
        List<TrainingAdminJson.WaiverJson> waivers = memberships.waivers(Optional.empty(), actor).stream()
                .map(waiver -> TrainingAdminJson.WaiverJson.of(waiver, id -> names.computeIfAbsent(id, this::shopName))).toList();
        return new TrainingAdminJson.Membership(memberships.planFor(month).map(TrainingAdminJson.PlanJson::of).orElse(null),
                memberships.plans().stream().map(TrainingAdminJson.PlanJson::of).toList(), waivers,
                TrainingAdminJson.Statement.of(memberships.statement(month, actor)));
    }

    private String shopName(long id) {
        return services.marketplace().merchants().merchant(new io.comptoir.engine.api.merchant.MerchantId(id)).map(Merchant::name).orElse("");
    }
}
