package io.comptoir.training.membership;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.Permissions;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.MembershipPlan;
import io.comptoir.training.api.MembershipState;
import io.comptoir.training.api.MembershipStatement;
import io.comptoir.training.api.MembershipStatus;
import io.comptoir.training.api.Memberships;
import io.comptoir.training.api.Waiver;
import io.comptoir.training.api.WaiverDraft;
import io.comptoir.training.api.WaiverId;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Texts;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link Memberships} on the database. */
public final class MembershipService implements Memberships {
    private static final long MAX_MONTHLY_PRICE = 1_000_000;

    private final Database db;
    private final Clock clock;
    private final Events events;
    private final Permissions permissions;
    private final MerchantDirectory merchants;
    private final LivePeriods periods;
    private final MarketCalendar calendar;

    public MembershipService(Database db, Clock clock, Events events, Permissions permissions, MerchantDirectory merchants,
                             LivePeriods periods, MarketCalendar calendar) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.periods = requireNonNull(periods, "periods is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    @Override
    public List<MembershipPlan> plans() {
        return db.with(MembershipDao.class, MembershipDao::plans).stream()
                .map(row -> new MembershipPlan(new Money(row.monthlyPrice(), Currency.getInstance(row.currency())),
                        YearMonth.from(row.validFrom()), row.createdAt())).toList();
    }

    @Override
    public Optional<MembershipPlan> planFor(YearMonth month) {
        requireNonNull(month, "month is null");
        return plans().stream().filter(plan -> !plan.from().isAfter(month)).reduce((earlier, later) -> later);
    }

    @Override
    public MembershipPlan setPlan(Money monthlyPrice, YearMonth from, Actor actor) {
        requireNonNull(monthlyPrice, "monthlyPrice is null");
        requireNonNull(from, "from is null");
        permissions.requireAdmin(actor);
        if (monthlyPrice.isNegative() || monthlyPrice.minorUnits() > MAX_MONTHLY_PRICE) {
            throw InvalidInputException.invalid("monthlyPrice", "a monthly price is between 0 and 10 000");
        }
        if (plans().stream().anyMatch(plan -> !plan.monthlyPrice().currency().equals(monthlyPrice.currency()))) {
            throw InvalidInputException.invalid("monthlyPrice", "every plan is in the same currency");
        }
        if (from.isBefore(calendar.thisMonth(clock))) {
            throw InvalidInputException.invalid("from", "a plan starts this month or later: past months keep their price");
        }
        db.useTransaction(handle -> {
            MembershipDao dao = handle.attach(MembershipDao.class);
            dao.deletePlan(from.atDay(1));
            dao.insertPlan(monthlyPrice.minorUnits(), monthlyPrice.currency().getCurrencyCode(), from.atDay(1), clock.instant(),
                    actor.toString());
            events.publish(handle, TrainingEvents.MEMBERSHIP_PLAN_SET, from.getYear() * 100L + from.getMonthValue(),
                    Map.of("monthlyPrice", Long.toString(monthlyPrice.minorUnits()), "currency", monthlyPrice.currency().getCurrencyCode(),
                            "from", from.toString()), actor);
        });
        return planFor(from).orElseThrow();
    }

    @Override
    public Waiver grantWaiver(WaiverDraft draft, Actor actor) {
        requireNonNull(draft, "draft is null");
        permissions.requireAdmin(actor);
        draft.shop().ifPresent(merchants::require);
        if (draft.until().isBefore(draft.from())) {
            throw InvalidInputException.invalid("until", "a waiver ends on or after the day it starts");
        }
        if (draft.until().isAfter(draft.from().plusYears(10))) {
            throw InvalidInputException.invalid("until", "a waiver lasts at most 10 years");
        }
        String reason = Texts.line("reason", draft.reason(), 1, 300);
        long id = db.inTransaction(handle -> {
            long created = handle.attach(MembershipDao.class).insertWaiver(draft.shop().map(MerchantId::value).orElse(null),
                    draft.from(), draft.until(), reason, actor.toString(), clock.instant());
            events.publish(handle, TrainingEvents.WAIVER_GRANTED, created,
                    Map.of("shop", draft.shop().map(MerchantId::toString).orElse("all"), "until", draft.until().toString()), actor);
            return created;
        });
        return waiver(id).orElseThrow();
    }

    @Override
    public Waiver revokeWaiver(WaiverId id, Actor actor) {
        requireNonNull(id, "id is null");
        permissions.requireAdmin(actor);
        waiver(id.value()).orElseThrow(() -> NotFoundException.of("waiver", id));
        db.useTransaction(handle -> {
            if (handle.attach(MembershipDao.class).revoke(id.value(), clock.instant(), actor.toString()) == 1) {
                events.publish(handle, TrainingEvents.WAIVER_REVOKED, id.value(), Map.of(), actor);
            }
        });
        return waiver(id.value()).orElseThrow();
    }

    private Optional<Waiver> waiver(long id) {
        return db.with(MembershipDao.class, dao -> dao.waiver(id)).map(MembershipService::toWaiver);
    }

    private static Waiver toWaiver(MembershipDao.WaiverRow row) {
        return new Waiver(new WaiverId(row.id()), Optional.ofNullable(row.merchantId()).map(MerchantId::new), row.startsOn(),
                row.endsOn(), row.reason(), row.grantedBy(), row.grantedAt(), Optional.ofNullable(row.revokedAt()));
    }

    @Override
    public List<Waiver> waivers(Optional<MerchantId> shop, Actor actor) {
        requireNonNull(shop, "shop is null");
        permissions.requireAdmin(actor);
        return db.with(MembershipDao.class, dao -> shop.map(id -> dao.waiversFor(id.value())).orElseGet(dao::waivers))
                .stream().map(MembershipService::toWaiver).toList();
    }

    @Override
    public MembershipStatus status(MerchantId shop, YearMonth month, Actor actor) {
        requireNonNull(month, "month is null");
        Merchant merchant = merchants.require(requireNonNull(shop, "shop is null"));
        permissions.requireShopAccess(actor, shop);
        List<Waiver> waivers = db.with(MembershipDao.class, dao -> dao.waiversFor(shop.value())).stream()
                .map(MembershipService::toWaiver).toList();
        return MembershipCalculator.status(merchant, month, plans(), waivers, periods.of(shop), calendar);
    }

    @Override
    public MembershipStatement statement(YearMonth month, Actor actor) {
        requireNonNull(month, "month is null");
        permissions.requireAdmin(actor);
        List<MembershipPlan> plans = plans();
        List<Waiver> waivers = db.with(MembershipDao.class, MembershipDao::waivers).stream()
                .map(MembershipService::toWaiver).toList();
        Map<MerchantId, List<LivePeriod>> allPeriods = periods.all();
        MerchantFilter members = new MerchantFilter(EnumSet.of(MerchantStatus.ONBOARDING, MerchantStatus.LIVE, MerchantStatus.SUSPENDED),
                Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE);
        List<MembershipStatus> shops = merchants.find(members).stream()
                .map(merchant -> MembershipCalculator.status(merchant, month, plans, waivers, allPeriods.getOrDefault(merchant.id(),
                        List.of()), calendar))
                .toList();
        Currency currency = planFor(month).map(plan -> plan.monthlyPrice().currency()).orElse(Money.EUR);
        Money total = shops.stream().map(MembershipStatus::amountDue).filter(amount -> amount.currency().equals(currency))
                .reduce(Money.zero(currency), Money::plus);
        Map<MembershipState, Integer> counts = new EnumMap<>(MembershipState.class);
        for (MembershipState state : MembershipState.values()) {
            counts.put(state, 0);
        }
        shops.forEach(status -> counts.merge(status.state(), 1, Integer::sum));
        return new MembershipStatement(month, shops, total, new HashMap<>(counts));
    }
}
