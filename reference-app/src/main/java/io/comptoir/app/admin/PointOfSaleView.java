package io.comptoir.app.admin;

import java.util.List;

/** A point of sale and its operators. */
public record PointOfSaleView(VoucherFrame vf, String name, String street, String town, String phone, boolean active,
                              List<Operator> operators, String email, String addUrl, String backUrl) {
    public PointOfSaleView {
        operators = List.copyOf(operators);
    }

    public record Operator(String name, String email, String removeUrl) {
    }
}
