package io.comptoir.app.vouchers;

import io.comptoir.app.web.FormParams;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.BuyerLimit;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.Eligibility;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The programme form's fields, as typed (to show again after a refusal) and read into a {@link ProgrammeDraft}.
 * Denominations are one a line, "face / price" ("12,00 / 10,00"; a single amount is a gift voucher sold at its face);
 * each funder has a weight field ({@code weight.<funderId>}), empty when it does not fund the programme.
 */
final class ProgrammeForm {
    static final int MAX_DENOMINATIONS = 20;

    final Map<String, String> values = new LinkedHashMap<>();
    final Set<String> channels;
    final Set<Long> optedIn;
    final Set<Long> optedOut;
    final Set<Long> categories;
    final boolean allLiveShops;

    private ProgrammeForm(Map<String, String> values, Set<String> channels, Set<Long> optedIn, Set<Long> optedOut, Set<Long> categories,
                          boolean allLiveShops) {
        this.values.putAll(values);
        this.channels = Set.copyOf(channels);
        this.optedIn = Set.copyOf(optedIn);
        this.optedOut = Set.copyOf(optedOut);
        this.categories = Set.copyOf(categories);
        this.allLiveShops = allLiveShops;
    }

    String value(String name) {
        return values.getOrDefault(name, "");
    }

    static ProgrammeForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("creditValidityDays", Integer.toString(ProgrammeDraft.DEFAULT_CREDIT_VALIDITY_DAYS));
        values.put("cancelWindow", Long.toString(ProgrammeDraft.DEFAULT_CANCEL_WINDOW.toMinutes()));
        values.put("expiryRule", ExpiryRule.RETURN_SUBSIDY_TO_BUDGET.name());
        values.put("settlementPeriod", SettlementPeriod.WEEK.name());
        return new ProgrammeForm(values, Set.of(SalesChannel.POINT_OF_SALE.name()), Set.of(), Set.of(), Set.of(), true);
    }

    static ProgrammeForm of(VoucherProgramme p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("slug", p.slug());
        values.put("name", p.name());
        values.put("description", p.description());
        values.put("saleOpensOn", p.saleOpensOn().toString());
        values.put("saleClosesOn", p.saleClosesOn().map(LocalDate::toString).orElse(""));
        values.put("spendUntil", p.spendUntil().map(LocalDate::toString).orElse(""));
        values.put("validityMonths", p.validityMonths().isPresent() ? Integer.toString(p.validityMonths().getAsInt()) : "");
        values.put("creditValidityDays", Integer.toString(p.creditValidityDays()));
        values.put("denominations", p.denominations().stream().map(d -> decimal(d.face()) + " / " + decimal(d.price()))
                .collect(Collectors.joining("\n")));
        values.put("vouchersPerSale", p.buyerLimit().vouchersPerSale().isPresent() ? Integer.toString(p.buyerLimit().vouchersPerSale().getAsInt()) : "");
        values.put("vouchersPerBuyer", p.buyerLimit().vouchersPerBuyer().isPresent() ? Integer.toString(p.buyerLimit().vouchersPerBuyer().getAsInt()) : "");
        values.put("amountPerBuyer", p.buyerLimit().amountPerBuyer().map(ProgrammeForm::decimal).orElse(""));
        p.funders().forEach(share -> values.put("weight." + share.funderId(), Long.toString(share.weight())));
        values.put("expiryRule", p.expiryRule().name());
        values.put("cancelWindow", Long.toString(p.cancelWindow().toMinutes()));
        values.put("settlementPeriod", p.settlementPeriod().name());
        return new ProgrammeForm(values, p.channels().stream().map(Enum::name).collect(Collectors.toSet()),
                p.eligibility().optedIn().stream().map(MerchantId::value).collect(Collectors.toSet()),
                p.eligibility().optedOut().stream().map(MerchantId::value).collect(Collectors.toSet()),
                p.eligibility().categories().stream().map(CategoryId::value).collect(Collectors.toSet()), p.eligibility().allLiveShops());
    }

    static String decimal(Money money) {
        return money.toDecimal().toPlainString().replace('.', ',');
    }

    /** What was typed; nothing is checked yet. */
    static ProgrammeForm read(FormParams form, List<Funder> funders) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("slug", "name", "description", "saleOpensOn", "saleClosesOn", "spendUntil", "validityMonths",
                "creditValidityDays", "denominations", "vouchersPerSale", "vouchersPerBuyer", "amountPerBuyer", "expiryRule", "cancelWindow",
                "settlementPeriod")) {
            values.put(name, form.raw(name));
        }
        funders.forEach(funder -> values.put("weight." + funder.id(), form.raw("weight." + funder.id())));
        return new ProgrammeForm(values, Set.copyOf(form.all("channels")), ids(form, "optedIn"), ids(form, "optedOut"),
                ids(form, "categories"), form.checked("allLiveShops"));
    }

    private static Set<Long> ids(FormParams form, String name) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String value : form.all(name)) {
            try {
                ids.add(Long.parseLong(value));
            }
            catch (NumberFormatException e) {
                throw InvalidInputException.invalid(name, name + " lists ids");
            }
        }
        return ids;
    }

    /** The draft the form describes; a malformed field is an {@link InvalidInputException} naming it. */
    ProgrammeDraft draft(List<Funder> funders) {
        List<FunderShare> shares = new ArrayList<>();
        for (Funder funder : funders) {
            String weight = value("weight." + funder.id());
            if (!weight.isEmpty()) {
                long parsed = number("weight." + funder.id(), weight, 1, 1_000_000_000L);
                shares.add(new FunderShare(funder.id(), parsed));
            }
        }
        Set<SalesChannel> saleChannels = EnumSet.noneOf(SalesChannel.class);
        for (String channel : channels) {
            saleChannels.add(choice("channels", channel, SalesChannel.class));
        }
        return new ProgrammeDraft(value("slug"), value("name"), value("description"), Money.EUR, day("saleOpensOn", true).orElseThrow(),
                day("saleClosesOn", false), day("spendUntil", false), optionalInt("validityMonths", 1, 120),
                (int) number("creditValidityDays", value("creditValidityDays"), 1, 3650), denominations(),
                new BuyerLimit(optionalInt("vouchersPerSale", 1, 10_000), optionalInt("vouchersPerBuyer", 1, 100_000), optionalMoney("amountPerBuyer")),
                new Eligibility(allLiveShops, merchants(optedIn), merchants(optedOut),
                        categories.stream().map(CategoryId::new).collect(Collectors.toSet())),
                shares, choice("expiryRule", value("expiryRule"), ExpiryRule.class), saleChannels,
                Duration.ofMinutes(number("cancelWindow", value("cancelWindow"), 0, 24 * 60)),
                choice("settlementPeriod", value("settlementPeriod"), SettlementPeriod.class));
    }

    private static Set<MerchantId> merchants(Set<Long> ids) {
        return ids.stream().map(MerchantId::new).collect(Collectors.toSet());
    }

    private List<DenominationDraft> denominations() {
        List<DenominationDraft> drafts = new ArrayList<>();
        for (String line : value("denominations").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("/");
            if (parts.length > 2 || drafts.size() >= MAX_DENOMINATIONS) {
                throw InvalidInputException.invalid("denominations", "one denomination a line: face / price");
            }
            Money face = amount("denominations", parts[0]);
            Money price = parts.length == 2 ? amount("denominations", parts[1]) : face;
            if (price.compareTo(face) > 0) {
                throw InvalidInputException.invalid("denominations", "a price is at most the face value");
            }
            drafts.add(new DenominationDraft(face, price));
        }
        return drafts;
    }

    private static Money amount(String field, String text) {
        return FormParams.parseMoney(field, text.strip(), Money.EUR);
    }

    private Optional<Money> optionalMoney(String field) {
        String text = value(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Money money = amount(field, text);
        if (!money.isPositive()) {
            throw InvalidInputException.invalid(field, field + " must be more than zero");
        }
        return Optional.of(money);
    }

    private Optional<LocalDate> day(String field, boolean required) {
        String text = value(field);
        if (text.isEmpty()) {
            if (required) {
                throw InvalidInputException.invalid(field, field + " is required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        }
        catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a day written 2026-11-14");
        }
    }

    private OptionalInt optionalInt(String field, int min, int max) {
        String text = value(field);
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of((int) number(field, text, min, max));
    }

    private static long number(String field, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.invalid(field, field + " must be a whole number between " + min + " and " + max);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(field, field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
