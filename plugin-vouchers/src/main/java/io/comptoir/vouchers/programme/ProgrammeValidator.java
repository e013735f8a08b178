package io.comptoir.vouchers.programme;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.vouchers.api.DenominationDraft;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.ProgrammeDraft;
import io.comptoir.vouchers.support.Inputs;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/** Checks a programme draft before it is stored; names the first field at fault. */
final class ProgrammeValidator {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_DENOMINATIONS = 12;

    private ProgrammeValidator() {
    }

    static void validate(ProgrammeDraft draft, Set<Long> knownFunders, Predicate<MerchantId> shopExists, Predicate<CategoryId> categoryExists) {
        if (draft.slug().length() > 100 || !SLUG.matcher(draft.slug()).matches()) {
            throw InvalidInputException.invalid("slug", "a slug is lower-case words joined by dashes, at most 100 characters");
        }
        Inputs.text("name", draft.name(), 1, 200);
        Inputs.lines("description", draft.description(), 0, 2000);
        if (draft.saleClosesOn().isPresent() && draft.saleClosesOn().get().isBefore(draft.saleOpensOn())) {
            throw InvalidInputException.invalid("saleClosesOn", "the sale closes after it opens");
        }
        if (draft.spendUntil().isEmpty() && draft.validityMonths().isEmpty()) {
            throw InvalidInputException.invalid("spendUntil", "a programme needs a spend deadline or a validity period");
        }
        if (draft.spendUntil().isPresent() && draft.spendUntil().get().isBefore(draft.saleOpensOn())) {
            throw InvalidInputException.invalid("spendUntil", "vouchers are spendable after the sale opens");
        }
        if (draft.validityMonths().isPresent() && (draft.validityMonths().getAsInt() < 1 || draft.validityMonths().getAsInt() > 120)) {
            throw InvalidInputException.invalid("validityMonths", "a validity is 1 to 120 months");
        }
        if (draft.creditValidityDays() < 1 || draft.creditValidityDays() > 3650) {
            throw InvalidInputException.invalid("creditValidityDays", "a credit is valid 1 to 3650 days");
        }
        if (draft.channels().isEmpty()) {
            throw InvalidInputException.invalid("channels", "vouchers are sold at points of sale, online, or both");
        }
        if (draft.cancelWindow().isNegative() || draft.cancelWindow().compareTo(Duration.ofDays(1)) > 0) {
            throw InvalidInputException.invalid("cancelWindow", "the cancellation window is between 0 and 24 hours");
        }
        validateDenominations(draft);
        validateFunders(draft, knownFunders);
        draft.buyerLimit().amountPerBuyer().ifPresent(amount -> {
            if (!amount.currency().equals(draft.currency())) {
                throw InvalidInputException.invalid("buyerLimit", "the limit is in the programme's currency");
            }
        });
        if (!draft.eligibility().allLiveShops() && draft.eligibility().optedIn().isEmpty() && draft.eligibility().categories().isEmpty()) {
            throw InvalidInputException.invalid("eligibility", "name the shops or categories that take the vouchers, or open them to all live shops");
        }
        firstUnknown(draft.eligibility().optedIn(), MerchantId::value, shopExists).ifPresent(id -> {
            throw InvalidInputException.invalid("eligibility.optedIn", "no shop " + id);
        });
        firstUnknown(draft.eligibility().optedOut(), MerchantId::value, shopExists).ifPresent(id -> {
            throw InvalidInputException.invalid("eligibility.optedOut", "no shop " + id);
        });
        firstUnknown(draft.eligibility().categories(), CategoryId::value, categoryExists).ifPresent(id -> {
            throw InvalidInputException.invalid("eligibility.categories", "no category " + id);
        });
    }

    /** The smallest id that does not exist, so that the same draft is always refused with the same message. */
    private static <T> Optional<Long> firstUnknown(Set<T> ids, ToLongFunction<T> value, Predicate<T> exists) {
        return ids.stream().filter(exists.negate()).map(value::applyAsLong).min(Long::compare);
    }

    private static void validateDenominations(ProgrammeDraft draft) {
        if (draft.denominations().isEmpty() || draft.denominations().size() > MAX_DENOMINATIONS) {
            throw InvalidInputException.invalid("denominations", "a programme sells 1 to " + MAX_DENOMINATIONS + " denominations");
        }
        Set<String> seen = new HashSet<>();
        boolean boosted = false;
        for (DenominationDraft denomination : draft.denominations()) {
            Money face = denomination.face();
            Money price = denomination.price();
            if (!face.currency().equals(draft.currency()) || !price.currency().equals(draft.currency())) {
                throw InvalidInputException.invalid("denominations", "denominations are in the programme's currency");
            }
            if (!face.isPositive() || price.isNegative() || price.compareTo(face) > 0) {
                throw InvalidInputException.invalid("denominations", "a face value is positive and a price between 0 and the face value");
            }
            if (face.minorUnits() > 100_000_00L) {
                throw InvalidInputException.invalid("denominations", "a voucher is worth at most 100 000");
            }
            if (!seen.add(face.minorUnits() + "/" + price.minorUnits())) {
                throw InvalidInputException.invalid("denominations", "each denomination appears once");
            }
            boosted |= denomination.topUp().isPositive();
        }
        if (boosted && draft.funders().isEmpty()) {
            throw InvalidInputException.invalid("funders", "a top-up needs funders to pay it");
        }
    }

    private static void validateFunders(ProgrammeDraft draft, Set<Long> knownFunders) {
        Set<Long> seen = new HashSet<>();
        for (FunderShare share : draft.funders()) {
            if (!knownFunders.contains(share.funderId())) {
                throw InvalidInputException.invalid("funders", "no funder " + share.funderId());
            }
            if (!seen.add(share.funderId())) {
                throw InvalidInputException.invalid("funders", "each funder appears once");
            }
        }
    }
}
