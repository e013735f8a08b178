package io.comptoir.app.admin;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.Map;

/**
 * The page that asks before an action that loses something (parking, discarding, moving in the feed, forgetting): what
 * it does in words, and one form that does it, so that it works without JavaScript and never on a single stray click.
 *
 * @param fields the action's own fields, sent again with the confirmation
 */
public record DeliveryConfirmView(BackOfficeFrame frame, String title, String question, String consequence, String actionUrl,
                                  Map<String, String> fields, String button, String cancelUrl) {
    public DeliveryConfirmView {
        fields = Map.copyOf(fields);
    }
}
