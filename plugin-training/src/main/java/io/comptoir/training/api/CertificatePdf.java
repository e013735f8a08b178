package io.comptoir.training.api;

import static java.util.Objects.requireNonNull;

/**
 * A completion certificate, ready to download.
 *
 * @param fileName e.g. {@code attestation-vendre-en-ligne-sur-la-marketplace.pdf}
 * @param content the PDF document (the array is the caller's)
 */
public record CertificatePdf(String fileName, byte[] content) {
    public CertificatePdf {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(content, "content is null");
    }

    public String contentType() {
        return "application/pdf";
    }
}
