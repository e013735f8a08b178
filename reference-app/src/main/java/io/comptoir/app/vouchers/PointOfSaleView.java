package io.comptoir.app.vouchers;

import java.util.List;

/** A point of sale, its operators, and the forms that add one (an existing account, or a new one). */
public record PointOfSaleView(VoucherFrame vf, String name, String street, String town, String phone, boolean active,
                              List<Operator> operators, String email, String addUrl, Invitation invitation, String backUrl) {
    public PointOfSaleView {
        operators = List.copyOf(operators);
    }

    public record Operator(String name, String email, String removeUrl) {
    }

    /** The form that opens a new operator's account: what was typed (shown again after a refusal) and where it goes. */
    public record Invitation(String email, String displayName, String url) {
        public static final String EMAIL = "invite.email";
        public static final String DISPLAY_NAME = "invite.displayName";
    }
}
