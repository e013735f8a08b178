package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.Badge;

import java.util.List;
import java.util.Map;

/** The points of sale, and the form for a new one. */
public record PointOfSaleListView(VoucherFrame vf, List<Row> rows, List<ProgrammeFormView.Option> communes, Map<String, String> values,
                                  String action) {
    public PointOfSaleListView {
        rows = List.copyOf(rows);
        values = Map.copyOf(values);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public record Row(String name, String url, String commune, String phone, Badge status, int operators) {
    }
}
