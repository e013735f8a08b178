package io.comptoir.app.vouchers.wallet;

import io.comptoir.app.backoffice.Badge;
import io.comptoir.app.web.Page;

import java.util.List;

/** The shopper's wallet page. */
public record WalletView(Page page, List<Card> vouchers, String balanceUrl) {

    public record Card(String programme, String code, String face, String balance, Badge status, String lastDay, String pdfUrl,
                       String pdfLabel) {
    }
}
