package io.comptoir.app.vouchers;

import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.VoucherProgramme;

/** Finds a pre-printed batch by its id (the plugin lists batches by programme; a territory has a handful of programmes). */
public final class Batches {

    private Batches() {
    }

    public record Found(Batch batch, VoucherProgramme programme) {
    }

    /** @throws NotFoundException for an unknown batch */
    public static Found find(VoucherServices services, long batchId) {
        for (VoucherProgramme programme : services.programmes().programmes()) {
            for (Batch batch : services.stock().batches(programme.id())) {
                if (batch.id() == batchId) {
                    return new Found(batch, programme);
                }
            }
        }
        throw NotFoundException.of("batch", batchId);
    }
}
