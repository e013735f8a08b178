package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;

import java.util.List;
import java.util.Optional;

/**
 * One shop as the territory sees it.
 *
 * @param checklist its onboarding checklist while it is not live
 * @param blocking what the activation policies say keeps it from going live now
 */
public record ShopAdminView(BackOfficeFrame frame, Merchant shop, Badge status, String siret, String address, String categories,
                            int products, int productsOnSale, List<ChecklistItem> checklist, List<String> blocking,
                            List<ShopActions.Action> actions, String statusUrl, String featureUrl, String backOfficeUrl,
                            Optional<String> publicUrl) {
    public ShopAdminView {
        checklist = List.copyOf(checklist);
        blocking = List.copyOf(blocking);
        actions = List.copyOf(actions);
    }
}
