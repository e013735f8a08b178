package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;
import java.util.Optional;

/** The ways to pay the shop accepts, as a form. */
public record PaymentMethodsView(BackOfficeFrame frame, List<Choice> methods, String action) {
    public PaymentMethodsView {
        methods = List.copyOf(methods);
    }

    /**
     * One way to pay of the marketplace.
     *
     * @param declined why its provider cannot pay the shop now, for the staff, if it cannot
     */
    public record Choice(String method, String name, boolean checked, Optional<String> declined) {
    }
}
