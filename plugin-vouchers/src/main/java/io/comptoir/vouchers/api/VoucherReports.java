package io.comptoir.vouchers.api;

import io.comptoir.engine.api.error.NotFoundException;

/** Figures for the territory admin. */
public interface VoucherReports {

    /**
     * The programme's dashboard: budget, sales per day and per point of sale, redemptions per shop, category and
     * commune, liability, breakage and leverage. Aggregated in SQL.
     *
     * @throws NotFoundException for an unknown programme
     */
    ProgrammeDashboard dashboard(long programmeId);
}
