package io.comptoir.app.web.backoffice;

import io.comptoir.app.Features;
import io.comptoir.app.testing.Texts;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Localizer;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts the back-offices build from the engine's values (statuses, actions, roles, moves) exist in every language. */
final class BackOfficeMessagesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStatusActionRoleAndMoveHasItsWords(Language language) {
        Localizer texts = Texts.in(language);
        List<String> keys = new ArrayList<>();
        for (MerchantOrderStatus status : MerchantOrderStatus.values()) {
            keys.add("bo.order.status." + status.name());
        }
        for (OrderAction action : OrderAction.values()) {
            keys.add("bo.order.action." + action.name());
            if (action != OrderAction.PLACE) {
                keys.add("bo.flash.order-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        for (MerchantStatus status : MerchantStatus.values()) {
            keys.add("bo.shop.status." + status.name());
            keys.add("bo.flash.shop-" + status.name().toLowerCase(Locale.ROOT));
            for (MerchantStatus target : status.next()) {
                keys.add("bo.admin.shop.move." + status.name().toLowerCase(Locale.ROOT) + "." + target.name().toLowerCase(Locale.ROOT));
            }
        }
        List<Role> roles = new ArrayList<>(Role.builtIn());
        Features.all().forEach(feature -> feature.roles().forEach(described -> roles.add(described.role())));
        for (Role role : roles) {
            keys.add("bo.role." + role.name());
        }
        for (String section : List.of("dashboard", "orders", "products", "profile", "fulfilment", "bank")) {
            keys.add("bo.shop.nav." + section);
        }
        for (String section : List.of("dashboard", "shops", "accounts", "orders", "mail")) {
            keys.add("bo.admin.nav." + section);
        }
        assertThat(keys).allSatisfy(key -> assertThat(texts.has(key)).as(language + " " + key).isTrue());
    }
}
