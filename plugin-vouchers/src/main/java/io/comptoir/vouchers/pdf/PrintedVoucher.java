package io.comptoir.vouchers.pdf;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a printed voucher shows, already formatted for people in their language.
 *
 * @param code the full code, grouped: the QR code carries it too
 * @param validity e.g. "Valable jusqu'au 28/02/2027 inclus"; for unsold stock, "Valable après activation en point de vente"
 * @param soldBy e.g. "Tabac de la Place, Saint-Omer"
 * @param serial e.g. "Série 3 — n° 000123" for pre-printed stock
 * @param qrAlt what the QR code is, for screen readers
 */
public record PrintedVoucher(String programmeName, String faceValue, String code, String validity, Optional<String> soldBy,
                             Optional<String> serial, String terms, String qrAlt) {
    public PrintedVoucher {
        requireNonNull(programmeName, "programmeName is null");
        requireNonNull(faceValue, "faceValue is null");
        requireNonNull(code, "code is null");
        requireNonNull(validity, "validity is null");
        requireNonNull(soldBy, "soldBy is null");
        requireNonNull(serial, "serial is null");
        requireNonNull(terms, "terms is null");
        requireNonNull(qrAlt, "qrAlt is null");
    }
}
