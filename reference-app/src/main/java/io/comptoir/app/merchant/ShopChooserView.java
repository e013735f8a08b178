package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;

/** The shops an account works for, to choose one. */
public record ShopChooserView(BackOfficeFrame frame, List<Choice> shops, boolean admin) {
    public ShopChooserView {
        shops = List.copyOf(shops);
    }

    public record Choice(String name, String url, Badge status, int toAccept) {
    }
}
