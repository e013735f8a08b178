package io.comptoir.app.admin;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.HashMap;
import java.util.Map;

/** Roles in words: "Commerçant · Chaussures Martin", "Point de vente n° 3". Looks each shop up once. */
final class RoleLabels {
    private final Page page;
    private final MerchantDirectory merchants;
    private final RoleChoices roles;
    private final Map<Long, String> shopNames = new HashMap<>();

    RoleLabels(Page page, MerchantDirectory merchants, RoleChoices roles) {
        this.page = page;
        this.merchants = merchants;
        this.roles = roles;
    }

    String of(RoleGrant grant) {
        String role = page.t("bo.role." + grant.role().name());
        if (grant.scope().isEmpty()) {
            return role;
        }
        long scope = grant.scope().getAsLong();
        if (grant.role().equals(Role.MERCHANT_STAFF)) {
            String shop = shopNames.computeIfAbsent(scope, id -> merchants.merchant(new MerchantId(id)).map(Merchant::name)
                    .orElse(page.t("bo.admin.account.unknownShop", id)));
            return page.t("bo.role.scoped", role, shop);
        }
        String what = roles.scopeOf(grant.role()).map(described -> page.t(described.scopedKey(), scope)).orElse("#" + scope);
        return page.t("bo.role.scoped", role, what);
    }
}
