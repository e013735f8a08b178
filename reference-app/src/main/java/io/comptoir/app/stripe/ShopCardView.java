package io.comptoir.app.stripe;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.stripe.api.CardPart;
import io.comptoir.stripe.api.CardTotals;
import io.comptoir.stripe.api.ConnectedAccount;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A shop's Stripe account and card payments. */
public record ShopCardView(BackOfficeFrame frame, Optional<ConnectedAccount> account, CardTotals totals, List<Row> parts, String connectUrl) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public ShopCardView {
        requireNonNull(frame, "frame is null");
        requireNonNull(account, "account is null");
        requireNonNull(totals, "totals is null");
        parts = List.copyOf(parts);
        requireNonNull(connectUrl, "connectUrl is null");
    }

    /** One order part paid by card, as the shop reads it. */
    public record Row(String order, String paidAt, String stage, String stageCode, String amount, String captured, String refunded,
                      String commission, String transferred, String owed, Optional<String> problem) {
        static Row of(Page page, CardPart part) {
            return new Row(part.orderNumber(), DAY.format(part.paidAt().atZone(page.zone())), page.t("st.stage." + part.stage().name()),
                    part.stage().name().toLowerCase(java.util.Locale.ROOT), page.money(part.amount()), page.money(part.captured()),
                    page.money(part.refunded()), page.money(part.commission()), page.money(part.transferred()), page.money(part.owed()),
                    part.transferError());
        }
    }
}
