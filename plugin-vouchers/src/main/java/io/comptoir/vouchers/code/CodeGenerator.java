package io.comptoir.vouchers.code;

import io.comptoir.vouchers.api.VoucherCode;
import java.security.SecureRandom;

/** Draws new voucher codes from a {@link SecureRandom} (60 bits each). */
public final class CodeGenerator {
    private final SecureRandom random = new SecureRandom();

    public VoucherCode next() {
        return VoucherCode.random(random);
    }
}
