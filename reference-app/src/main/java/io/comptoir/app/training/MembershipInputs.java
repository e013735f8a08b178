package io.comptoir.app.training;

import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.training.api.WaiverDraft;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The membership plan and waivers as the API and the forms send them. */
final class MembershipInputs {
    static final int MAX_REASON = 300;
    static final long MAX_PRICE = 1_000_000;

    private MembershipInputs() {
    }

    record Plan(Money monthlyPrice, YearMonth from) {
    }

    static Plan plan(JsonBody body) {
        Money price = body.money("monthlyPrice", Money.EUR, MAX_PRICE)
                .orElseThrow(() -> InvalidInputException.invalid("monthlyPrice", "monthlyPrice is required"));
        return new Plan(price, month("from", body.text("from", 7)));
    }

    static Plan plan(FormParams form) {
        Money price = form.money("monthlyPrice", Money.EUR)
                .orElseThrow(() -> InvalidInputException.invalid("monthlyPrice", "monthlyPrice is required"));
        return new Plan(price, month("from", form.raw("from")));
    }

    static WaiverDraft waiver(JsonBody body) {
        Optional<MerchantId> shop = body.optionalInteger("shop", 1, Long.MAX_VALUE).map(MerchantId::new);
        return new WaiverDraft(shop, SessionInputs.date("from", body.text("from", 10)), SessionInputs.date("until", body.text("until", 10)),
                body.text("reason", MAX_REASON));
    }

    static WaiverDraft waiver(FormParams form) {
        Optional<MerchantId> shop = form.raw("shop").isEmpty() ? Optional.empty() : Optional.of(new MerchantId(form.id("shop")));
        return new WaiverDraft(shop, SessionInputs.date("from", form.raw("from")), SessionInputs.date("until", form.raw("until")),
                form.required("reason", MAX_REASON));
    }

    static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text);
        }
        catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(field, field + " must be a month such as 2027-01");
        }
    }
}
