package io.comptoir.app.vouchers;

import io.comptoir.vouchers.api.Statement;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Sends a statement's ledger transactions as a CSV download, streamed (a statement's export never has to fit in memory). */
public final class StatementCsv {

    private StatementCsv() {
    }

    public static void send(Context ctx, VoucherServices services, Statement statement) {
        String name = "releve-" + statement.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + statement.partyId() + "-"
                + statement.periodStart() + ".csv";
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Cache-Control", "no-store");
        write(ctx, out -> services.settlements().writeStatementCsv(statement.id(), out));
    }

    /** Streams text written by {@code body} as the response. */
    public static void write(Context ctx, java.util.function.Consumer<Appendable> body) {
        try {
            Writer writer = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            body.accept(writer);
            writer.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
