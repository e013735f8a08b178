package io.comptoir.app.vouchers;

/** A programme's page: its rules, its budget and its dashboard, with the budget form and links to stock and statements. */
public record ProgrammeView(VoucherFrame vf, long id, String name, String description, ProgrammeFacts facts, BudgetGauge budget,
                            DashboardView dashboard, String amount, String key, String budgetUrl, String editUrl, String stockUrl,
                            String statementsUrl, String ledgerUrl, String zone) {
}
