package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;

import java.util.Optional;

/**
 * The public balance check page: the form, and the result of the last check or why it failed.
 *
 * @param problem the generic message for a wrong code, or the wait for too many tries; empty when none
 */
public record BalanceView(Page page, String action, Optional<Result> result, String problem) {

    public record Result(String maskedCode, String programme, String face, String balance, Badge status, String lastDay, boolean spendable) {
    }
}
