package io.comptoir.app.merchant;

import io.comptoir.app.catalogue.MerchantJson;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.Iban;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.DeliveryAddress;
import io.comptoir.engine.api.order.FulfilmentMethod;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.order.OrderAdjustment;
import io.comptoir.engine.api.order.OrderLine;
import io.comptoir.engine.api.order.StatusChange;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.api.payment.ShopPaymentMethod;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The documents of the merchant back-office API ({@code /api/v1/merchant/...}). */
public final class MerchantApiJson {

    private MerchantApiJson() {
    }

    /** A shop the caller works for. */
    public record ShopRef(long id, String name, String slug, MerchantStatus status, int ordersToAccept) {
        static ShopRef of(Merchant shop, int toAccept) {
            return new ShopRef(shop.id().value(), shop.name(), shop.slug(), shop.status(), toAccept);
        }
    }

    public record ChecklistItemJson(String code, String label, boolean blocking, boolean done, String detail) {
        static ChecklistItemJson of(ChecklistItem item) {
            return new ChecklistItemJson(item.code(), item.label(), item.blocking(), item.done(), item.detail());
        }
    }

    public record LowStockJson(long productId, String productName, long variantId, String sku, String label, int stock) {
    }

    public record Today(int orders, Money sales) {
    }

    public record Dashboard(ShopRef shop, int toAccept, int toPrepare, int readyForPickup, int outForDelivery, Today today,
                            List<LowStockJson> lowStock, int lowStockCount, List<ChecklistItemJson> checklist) {
        static Dashboard of(MerchantDashboard data) {
            return new Dashboard(ShopRef.of(data.shop(), data.toAccept()), data.toAccept(), data.toPrepare(), data.readyForPickup(),
                    data.outForDelivery(), new Today(data.todayOrders(), data.todaySales()),
                    data.lowStock().stream().map(item -> new LowStockJson(item.product().id().value(), item.product().name(),
                            item.variant().id().value(), item.variant().sku(), item.variant().label(), item.variant().stock())).toList(),
                    data.lowStockCount(), data.checklist().stream().map(ChecklistItemJson::of).toList());
        }
    }

    public record DeliveryAddressJson(String recipient, String street, String postalCode, String communeInsee, String phone,
                                      String instructions) {
        static DeliveryAddressJson of(DeliveryAddress address) {
            return new DeliveryAddressJson(address.recipient(), address.street(), address.postalCode(), address.communeInsee(),
                    address.phone(), address.instructions());
        }
    }

    /** @param address null for click &amp; collect */
    public record FulfilmentJson(FulfilmentMethod method, DeliveryAddressJson address) {
    }

    public record ShopperJson(long id, String name, String email) {
    }

    public record LineJson(long productId, long variantId, String productName, String variantLabel, String sku, Money unitPrice,
                           int quantity, Money total) {
        static LineJson of(OrderLine line) {
            return new LineJson(line.productId().value(), line.variantId().value(), line.productName(), line.variantLabel(), line.sku(),
                    line.unitPrice(), line.quantity(), line.total());
        }
    }

    public record TenderJson(String provider, int position, Money amount, Money captured, Money released, Money refunded) {
        static TenderJson of(TenderShare share) {
            return new TenderJson(share.provider(), share.position(), share.amount(), share.captured(), share.released(), share.refunded());
        }
    }

    /** @param actor who moved it, {@code account:12} or {@code system:checkout} */
    public record StepJson(MerchantOrderStatus from, MerchantOrderStatus to, OrderAction action, String actor, Instant at, String note) {
        static StepJson of(StatusChange change) {
            return new StepJson(change.from(), change.to(), change.action(), change.actor().toString(), change.at(), change.note());
        }
    }

    /**
     * @param adjustments the discounts and surcharges plugins' checkout hooks made: total is subtotal + deliveryFee + theirs
     * @param allowedActions what the caller may do with it now
     */
    public record OrderJson(long id, String number, long customerOrderId, long merchantId, String merchantName,
                            MerchantOrderStatus status, FulfilmentJson fulfilment, ShopperJson shopper, List<LineJson> lines,
                            Money subtotal, Money deliveryFee, List<OrderAdjustment> adjustments, Money total, Money refunded,
                            Money refundable, List<TenderJson> tenders,
                            List<StepJson> history, List<OrderAction> allowedActions, Instant createdAt) {
        public static OrderJson of(MerchantOrder order, Set<OrderAction> allowed) {
            return new OrderJson(order.id().value(), order.number(), order.customerOrderId().value(), order.merchantId().value(),
                    order.merchantName(), order.status(),
                    new FulfilmentJson(order.fulfilment().method(), order.fulfilment().address().map(DeliveryAddressJson::of).orElse(null)),
                    new ShopperJson(order.shopper().value(), order.shopperName(), order.shopperEmail()),
                    order.lines().stream().map(LineJson::of).toList(), order.subtotal(), order.deliveryFee(), order.adjustments(), order.total(),
                    order.refunded(), order.refundable(), order.tenders().stream().map(TenderJson::of).toList(),
                    order.history().stream().map(StepJson::of).toList(),
                    Arrays.stream(OrderAction.values()).filter(allowed::contains).toList(), order.createdAt());
        }
    }

    public record OrderPage(List<OrderJson> items, int total, int page, int size) {
    }

    public record ImageRef(String key, String url, String alt) {
        static ImageRef of(Image image, Links links) {
            return new ImageRef(image.assetKey(), links.to(Paths.asset(image.assetKey())), image.altText());
        }
    }

    public record OptionJson(String name, String value) {
    }

    public record VariantJson(long id, String sku, List<OptionJson> options, Money price, int stock) {
        static VariantJson of(Variant variant) {
            return new VariantJson(variant.id().value(), variant.sku(),
                    variant.options().stream().map(option -> new OptionJson(option.name(), option.value())).toList(),
                    variant.price(), variant.stock());
        }
    }

    /** @param url the product's page on the site (shown to shoppers only when not hidden and the shop is live) */
    public record ProductJson(long id, String slug, String name, String description, long categoryId, boolean hidden, String url,
                              List<ImageRef> images, List<VariantJson> variants, Instant createdAt, Instant updatedAt) {
        static ProductJson of(Product product, Links links) {
            return new ProductJson(product.id().value(), product.slug(), product.name(), product.description(),
                    product.categoryId().value(), product.hidden(), links.to(Paths.product(product.id(), product.slug())),
                    product.images().stream().map(image -> ImageRef.of(image, links)).toList(),
                    product.variants().stream().map(VariantJson::of).toList(), product.createdAt(), product.updatedAt());
        }
    }

    public record ProductPage(List<ProductJson> items, int total, int page, int size) {
    }

    public record UploadJson(String key, String url, String alt) {
    }

    public record AddressJson(String street, String postalCode, String communeInsee) {
    }

    public record ContactJson(String email, String phone, String website) {
    }

    public record ProfileJson(long id, String slug, String name, String legalId, String trade, String description,
                              MerchantStatus status, boolean featured, AddressJson address, ContactJson contact,
                              MerchantJson.OpeningHoursJson openingHours, ImageRef photo, List<Long> categories, Instant updatedAt) {
        static ProfileJson of(Merchant shop, Links links) {
            return new ProfileJson(shop.id().value(), shop.slug(), shop.name(), shop.legalId(), shop.trade(), shop.description(),
                    shop.status(), shop.featured(),
                    new AddressJson(shop.address().street(), shop.address().postalCode(), shop.address().communeInsee()),
                    new ContactJson(shop.contact().email(), shop.contact().phone(), shop.contact().website()),
                    hours(shop.openingHours()), shop.photo().map(photo -> ImageRef.of(photo, links)).orElse(null),
                    shop.categories().stream().map(id -> id.value()).toList(), shop.updatedAt());
        }
    }

    static MerchantJson.OpeningHoursJson hours(OpeningHours hours) {
        return new MerchantJson.OpeningHoursJson(hours.toText(), Arrays.stream(DayOfWeek.values())
                .map(day -> new MerchantJson.DayJson(day, hours.on(day).stream()
                        .map(range -> new MerchantJson.RangeJson(range.opens().toString(), range.closes().toString())).toList()))
                .toList());
    }

    /** @param freeFrom null when delivery is never free */
    public record DeliveryJson(Money fee, List<String> communes, Money freeFrom) {
    }

    /** @param delivery null when the shop does not deliver */
    public record FulfilmentOptionsJson(boolean clickAndCollect, DeliveryJson delivery) {
        static FulfilmentOptionsJson of(FulfilmentOptions options) {
            Optional<LocalDelivery> delivery = options.delivery();
            return new FulfilmentOptionsJson(options.clickAndCollect(), delivery.map(d -> new DeliveryJson(d.fee(),
                    d.communes().stream().sorted().toList(), d.freeFrom().orElse(null))).orElse(null));
        }
    }

    /** @param iban masked, e.g. {@code FR76 •••• •••• 0189}; null (like holder and bic) when none is saved */
    public record PayoutJson(boolean configured, String holder, String iban, String bic) {
        static PayoutJson of(Optional<BankAccount> account) {
            return account.map(a -> new PayoutJson(true, a.holder(), Iban.masked(a.iban()), a.bic()))
                    .orElse(new PayoutJson(false, null, null, null));
        }
    }

    /** The ways to pay of the marketplace as the shop takes them. */
    public record PaymentMethodsJson(List<PaymentMethodJson> methods) {
        static PaymentMethodsJson of(List<ShopPaymentMethod> methods) {
            return new PaymentMethodsJson(methods.stream().map(method -> new PaymentMethodJson(method.method(), method.displayName(),
                    method.accepted(), method.usable(), method.providerRefusal().map(refusal -> new RefusalJson(refusal.code(), refusal.reason()))
                    .orElse(null))).toList());
        }
    }

    /**
     * @param accepted whether the shop accepts it (its staff's choice)
     * @param usable whether shoppers can pay the shop this way now: accepted, and not declined by its provider
     * @param declined why its provider cannot pay the shop now, or null
     */
    public record PaymentMethodJson(String method, String name, boolean accepted, boolean usable, RefusalJson declined) {
    }

    public record RefusalJson(String code, String reason) {
    }
}
