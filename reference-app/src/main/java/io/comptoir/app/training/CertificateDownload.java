package io.comptoir.app.training;

import io.comptoir.training.api.CertificatePdf;
import io.javalin.http.Context;

/** Sends a certificate as a PDF download, under the name the plugin gives it. */
final class CertificateDownload {
    private CertificateDownload() {
    }

    static void send(Context ctx, CertificatePdf pdf) {
        String name = pdf.fileName().replaceAll("[^A-Za-z0-9._-]", "-");
        ctx.contentType(pdf.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.result(pdf.content());
    }
}
