package io.comptoir.app.vouchers;

import java.util.List;

/**
 * A programme's pre-printed batches, and the form to generate one.
 *
 * @param batchKey the idempotency key the form sends, fresh for each rendering
 */
public record StockView(VoucherFrame vf, String programme, List<Row> rows, List<ProgrammeFormView.Option> denominations, String size,
                        String batchKey, String action, String programmeUrl) {
    public StockView {
        rows = List.copyOf(rows);
    }

    /** A batch: how many of its vouchers are not handed out, in a point of sale's stock, sold, voided. */
    public record Row(long id, String url, String face, String createdAt, int size, int unassigned, int inStock, int sold, int voided) {
    }
}
