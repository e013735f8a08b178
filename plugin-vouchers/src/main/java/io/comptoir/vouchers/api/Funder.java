package io.comptoir.vouchers.api;

import static java.util.Objects.requireNonNull;

/** A body that pays the top-up of subsidised vouchers, e.g. the CAPSO. */
public record Funder(long id, String code, String name) {
    public Funder {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
    }
}
