package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The shopper's wallet page. */
public record WalletView(Page page, List<Card> vouchers, String balanceUrl) {

    public record Card(String programme, String code, String face, String balance, Badge status, String lastDay, String pdfUrl,
                       String pdfLabel) {
    }
}
