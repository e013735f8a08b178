package io.comptoir.app.shopping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a card form makes before anything is sent: an expiry date of this month or later, a 3- or 4-digit
 * security code. The number itself is checked by the card processor. The expiry and the code are not passed on: the
 * demo processor has no use for them, and a real one takes them on its own page.
 */
final class CardFields {
    private static final Pattern EXPIRY = Pattern.compile("(0[1-9]|1[0-2])\\s*/?\\s*([0-9]{2}|20[0-9]{2})");
    private static final Pattern CVC = Pattern.compile("[0-9]{3,4}");

    private CardFields() {
    }

    /** The fields at fault ({@code cardNumber}, {@code cardExpiry}, {@code cardCvc}) with the message key saying why. */
    static Map<String, String> problems(String number, String expiry, String cvc, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (number.isBlank()) {
            problems.put("cardNumber", "checkout.card.error.number");
        }
        Matcher date = EXPIRY.matcher(expiry.strip());
        if (!date.matches()) {
            problems.put("cardExpiry", "checkout.card.error.expiry");
        }
        else {
            int year = Integer.parseInt(date.group(2));
            YearMonth expires = YearMonth.of(year < 100 ? 2000 + year : year, Integer.parseInt(date.group(1)));
            YearMonth now = YearMonth.from(today);
            if (expires.isBefore(now)) {
                problems.put("cardExpiry", "checkout.card.error.expired");
            }
            else if (expires.isAfter(now.plusYears(20))) {
                problems.put("cardExpiry", "checkout.card.error.expiry");
            }
        }
        if (!CVC.matcher(cvc.strip()).matches()) {
            problems.put("cardCvc", "checkout.card.error.cvc");
        }
        return problems;
    }
}
