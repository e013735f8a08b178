package io.comptoir.app.vouchers;

import java.util.List;

/** A batch of pre-printed vouchers and what can be done with ranges of it. */
public record BatchView(VoucherFrame vf, String programme, StockView.Row batch, List<ProgrammeFormView.Option> pointsOfSale, int printUpTo,
                        String sheetsUrl, String assignUrl, String returnUrl, String stockUrl) {
    public BatchView {
        pointsOfSale = List.copyOf(pointsOfSale);
    }
}
