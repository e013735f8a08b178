package io.comptoir.app.merchant;

import io.comptoir.app.web.FormParams;
import io.comptoir.engine.api.merchant.Merchant;

/** What the shop profile form holds, as typed. */
public record ProfileForm(String trade, String description, String email, String phone, String website) {
    static ProfileForm of(Merchant shop) {
        return new ProfileForm(shop.trade(), shop.description(), shop.contact().email(), shop.contact().phone(), shop.contact().website());
    }

    static ProfileForm read(FormParams form) {
        return new ProfileForm(form.raw("trade"), form.raw("description"), form.raw("email"), form.raw("phone"), form.raw("website"));
    }
}
