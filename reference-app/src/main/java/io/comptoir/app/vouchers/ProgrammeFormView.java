package io.comptoir.app.vouchers;

import java.util.List;
import java.util.Map;

/** The programme form, with what was typed and the choices it offers. */
public record ProgrammeFormView(VoucherFrame vf, String title, String action, String back, Map<String, String> values, boolean allLiveShops,
                                List<Option> optedIn, List<Option> optedOut, List<Option> categories, List<FunderField> funders,
                                List<Option> channels, List<Option> expiryRules, List<Option> periods) {
    public ProgrammeFormView {
        values = Map.copyOf(values);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public record Option(String value, String label, boolean selected) {
        Option selected(boolean isSelected) {
            return new Option(value, label, isSelected);
        }
    }

    public record FunderField(String name, String id, String label, String value) {
    }
}
