package io.comptoir.vouchers.voucher;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.Requester;
import io.comptoir.vouchers.api.VoucherCode;
import io.comptoir.vouchers.api.VoucherStatus;
import io.comptoir.vouchers.fraud.AttemptGuard;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Finds a voucher from a code typed by someone, behind the wrong-code limits: a subject (IP address, account) that
 * typed too many wrong codes is refused before anything is looked up; a mistyped code (its check symbol catches a
 * single typo), an unknown one and one that was never sold all get the same generic answer, and count as a wrong code.
 */
public final class CodeLookup {
    public static final String GENERIC = "unknown or mistyped voucher code";
    private static final Set<VoucherStatus> UNSOLD = EnumSet.of(VoucherStatus.STOCK, VoucherStatus.PENDING, VoucherStatus.VOID,
            VoucherStatus.CANCELLED);

    private final Database db;
    private final AttemptGuard wrongCodes;

    public CodeLookup(Database db, AttemptGuard wrongCodes) {
        this.db = requireNonNull(db, "db is null");
        this.wrongCodes = requireNonNull(wrongCodes, "wrongCodes is null");
    }

    /**
     * @throws InvalidInputException {@code invalid_code} (field {@code code}) for a code that is not a sold voucher's
     * @throws ConflictException {@code too_many_attempts}
     */
    public VoucherRow find(String code, Requester requester) {
        wrongCodes.check(requester);
        Optional<VoucherCode> parsed = VoucherCode.parse(code);
        Optional<VoucherRow> voucher = parsed.flatMap(valid -> db.withHandle(handle -> VoucherStatements.findByCode(handle, valid.value())));
        return voucher.filter(row -> !UNSOLD.contains(row.voucherStatus())).orElseThrow(() -> wrong(requester));
    }

    /**
     * @throws ConflictException {@code too_many_attempts} when the requester typed too many wrong codes: checked before
     *         a voucher is looked up, so that nothing is revealed to a guesser
     */
    public void check(Requester requester) {
        wrongCodes.check(requester);
    }

    /** Whether the voucher of a code counts as unknown (never sold, or cancelled). */
    public static boolean unsold(VoucherRow voucher) {
        return UNSOLD.contains(voucher.voucherStatus());
    }

    /**
     * The answer to a code that is not a sold voucher's: {@code too_many_attempts} if the limit is reached, otherwise the
     * generic refusal, counted.
     */
    public InvalidInputException unknown(Requester requester) {
        wrongCodes.check(requester);
        return wrong(requester);
    }

    /** The canonical code, or the generic refusal (counted). */
    public VoucherCode parse(String code, Requester requester) {
        wrongCodes.check(requester);
        return VoucherCode.parse(code).orElseThrow(() -> wrong(requester));
    }

    private InvalidInputException wrong(Requester requester) {
        wrongCodes.record(requester);
        return new InvalidInputException("code", "invalid_code", GENERIC);
    }
}
