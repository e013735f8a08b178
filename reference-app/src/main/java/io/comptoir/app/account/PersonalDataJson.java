package io.comptoir.app.account;

import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.privacy.PersonalDataExport;

import java.util.List;
import java.util.Map;

/**
 * A person's data as the file they download (RGPD article 20: structured, commonly used, machine-readable): their
 * account, their orders with the addresses they gave, and each plugin's section ({@code vouchers}...).
 */
record PersonalDataJson(String exportedAt, AccountPart account, List<OrderPart> orders, Map<String, List<Map<String, Object>>> sections) {

    record AccountPart(long id, String email, String displayName, List<String> roles, boolean active, String createdAt) {
    }

    record OrderPart(String number, String status, String placedAt, Amount total, String name, String email, List<ShopPart> shops) {
    }

    record ShopPart(String number, String shop, String status, String fulfilment, DeliveryAddress deliveryAddress, List<LinePart> lines,
                    Amount total) {
    }

    record LinePart(String product, String variant, int quantity, Amount unitPrice) {
    }

    record Amount(long amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.minorUnits(), money.currency().getCurrencyCode());
        }
    }

    static PersonalDataJson of(PersonalDataExport export) {
        var account = export.account();
        return new PersonalDataJson(export.exportedAt().toString(),
                new AccountPart(account.id().value(), account.email(), account.displayName(),
                        account.grants().stream().map(RoleGrant::role).map(role -> role.name()).distinct().sorted().toList(),
                        account.active(), account.createdAt().toString()),
                export.orders().stream().map(PersonalDataJson::order).toList(), export.sections());
    }

    private static OrderPart order(CustomerOrder order) {
        MerchantOrder first = order.merchantOrders().isEmpty() ? null : order.merchantOrders().get(0);
        return new OrderPart(order.number(), order.status().name(), order.createdAt().toString(), Amount.of(order.total()),
                first == null ? null : first.shopperName(), first == null ? null : first.shopperEmail(),
                order.merchantOrders().stream().map(PersonalDataJson::shop).toList());
    }

    private static ShopPart shop(MerchantOrder part) {
        return new ShopPart(part.number(), part.merchantName(), part.status().name(), part.fulfilment().method().name(),
                part.fulfilment().address().orElse(null),
                part.lines().stream().map(PersonalDataJson::line).toList(), Amount.of(part.total()));
    }

    private static LinePart line(OrderLine line) {
        return new LinePart(line.productName(), line.variantLabel(), line.quantity(), Amount.of(line.unitPrice()));
    }
}
