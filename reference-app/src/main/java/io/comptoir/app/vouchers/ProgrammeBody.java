package io.comptoir.app.vouchers;

import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A programme as the API receives it ({@code ProgrammeInput} in {@code /openapi.json}), read strictly into a
 * {@link ProgrammeDraft}: a missing or malformed field is a 400 naming it; the plugin checks the rules between fields.
 */
final class ProgrammeBody {
    private static final long MAX_AMOUNT = 10_000_000L;
    private static final int MAX_IDS = 1_000;

    private ProgrammeBody() {
    }

    static ProgrammeDraft read(JsonBody body) {
        List<DenominationDraft> denominations = new ArrayList<>();
        for (JsonBody denomination : body.objects("denominations", ProgrammeForm.MAX_DENOMINATIONS)) {
            Money face = denomination.money("face", Money.EUR, MAX_AMOUNT)
                    .orElseThrow(() -> JsonBody.invalid(denomination.fieldName("face"), denomination.fieldName("face") + " is required"));
            Money price = denomination.money("price", Money.EUR, MAX_AMOUNT).orElse(face);
            denominations.add(new DenominationDraft(face, price));
        }
        BuyerLimit limit = body.optionalObject("buyerLimit").map(ProgrammeBody::limit).orElse(BuyerLimit.NONE);
        JsonBody eligibility = body.object("eligibility");
        List<FunderShare> funders = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (JsonBody share : body.optionalObjects("funders", 50)) {
            long funder = share.integer("funderId", 1, Long.MAX_VALUE);
            if (!seen.add(funder)) {
                throw JsonBody.invalid(share.fieldName("funderId"), "each funder appears once");
            }
            funders.add(new FunderShare(funder, share.integer("weight", 1, 1_000_000_000L)));
        }
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        for (String channel : body.texts("channels", 2, 20)) {
            try {
                channels.add(SalesChannel.valueOf(channel));
            }
            catch (IllegalArgumentException e) {
                throw JsonBody.invalid("channels", "channels are POINT_OF_SALE and ONLINE");
            }
        }
        Optional<Long> validity = body.optionalInteger("validityMonths", 1, 120);
        Set<Long> optedIn = Set.copyOf(eligibility.optionalIntegers("optedIn", MAX_IDS, 1, Long.MAX_VALUE));
        Set<Long> optedOut = Set.copyOf(eligibility.optionalIntegers("optedOut", MAX_IDS, 1, Long.MAX_VALUE));
        for (Long id : optedIn) {
            if (optedOut.contains(id)) {
                throw JsonBody.invalid(eligibility.fieldName("optedOut"), "shop " + id + " cannot both opt in and out");
            }
        }
        return new ProgrammeDraft(body.text("slug", 100), body.text("name", 200), body.optionalText("description", 2000).orElse(""),
                Money.EUR, day(body, "saleOpensOn").orElseThrow(() -> JsonBody.invalid("saleOpensOn", "saleOpensOn is required")),
                day(body, "saleClosesOn"), day(body, "spendUntil"),
                validity.map(months -> OptionalInt.of(months.intValue())).orElse(OptionalInt.empty()),
                body.optionalInteger("creditValidityDays", 1, 3650).map(Long::intValue).orElse(ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS),
                denominations, limit,
                new Eligibility(eligibility.optionalBool("allLiveShops").orElse(false),
                        optedIn.stream().map(MerchantId::new).collect(Collectors.toSet()),
                        optedOut.stream().map(MerchantId::new).collect(Collectors.toSet()),
                        eligibility.optionalIntegers("categories", MAX_IDS, 1, Long.MAX_VALUE).stream().map(CategoryId::new).collect(Collectors.toSet())),
                funders, body.choice("expiryRule", ExpiryRule.class).orElse(ExpiryRule.RETURN_SUBSIDY_TO_BUDGET), channels,
                Duration.ofMinutes(body.optionalInteger("cancelWindowMinutes", 0, 24 * 60).orElse(ProgrammeDraft.DEFAULT_CANCEL_WINDOW.toMinutes())),
                body.choice("settlementPeriod", SettlementPeriod.class).orElse(SettlementPeriod.WEEK));
    }

    private static BuyerLimit limit(JsonBody limit) {
        Optional<Money> amount = limit.money("amountPerBuyer", Money.EUR, MAX_AMOUNT * 100);
        if (amount.isPresent() && !amount.get().isPositive()) {
            throw JsonBody.invalid(limit.fieldName("amountPerBuyer"), "a limit is more than zero");
        }
        return new BuyerLimit(limit.optionalInteger("vouchersPerSale", 1, 10_000).map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty()),
                limit.optionalInteger("vouchersPerBuyer", 1, 100_000).map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty()), amount);
    }

    private static Optional<LocalDate> day(JsonBody body, String field) {
        return body.optionalText(field, 10).map(text -> {
            try {
                return LocalDate.parse(text);
            }
            catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException(field, "invalid_" + field, field + " must be a day written 2026-11-14");
            }
        });
    }
}
