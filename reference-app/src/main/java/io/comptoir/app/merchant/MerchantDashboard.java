package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a shop needs to see first, read live: orders waiting for it, today's takings, what is running out, and while it
 * onboards, what is still missing before it may go live.
 *
 * @param today orders received today (in the marketplace's zone) that were not cancelled, and their takings net of refunds
 * @param lowStock variants of products on sale with {@link #LOW_STOCK} units or fewer, fewest first
 * @param checklist the onboarding checklist, while the shop is not live (empty once live)
 */
public record MerchantDashboard(Merchant shop, int toAccept, int toPrepare, int readyForPickup, int outForDelivery,
                                int todayOrders, Money todaySales, List<MerchantOrder> latestToAccept, List<LowStock> lowStock,
                                int lowStockCount, List<ChecklistItem> checklist) {
    public static final int LOW_STOCK = 3;
    private static final int SHOWN = 8;
    private static final int SCAN_LIMIT = 2_000;

    public MerchantDashboard {
        latestToAccept = List.copyOf(latestToAccept);
        lowStock = List.copyOf(lowStock);
        checklist = List.copyOf(checklist);
    }

    public record LowStock(Product product, Variant variant) {
    }

    public boolean onboarding() {
        return shop.status() == MerchantStatus.APPLICANT || shop.status() == MerchantStatus.ONBOARDING;
    }

    public List<ChecklistItem> blocking() {
        return checklist.stream().filter(ChecklistItem::blocks).toList();
    }

    public static MerchantDashboard of(Marketplace marketplace, Merchant shop) {
        var orders = marketplace.orders();
        int toAccept = orders.countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.PLACED));
        int toPrepare = orders.countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.ACCEPTED));
        int ready = orders.countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.READY_FOR_PICKUP));
        int out = orders.countMerchantOrders(shop.id(), Set.of(MerchantOrderStatus.OUT_FOR_DELIVERY));
        Instant startOfToday = marketplace.calendar().startOf(marketplace.today());
        int todayOrders = 0;
        Money todaySales = Money.zero(Money.EUR);
        scan:
        for (int offset = 0; offset < SCAN_LIMIT; offset += 100) {
            List<MerchantOrder> page = orders.merchantOrdersOf(shop.id(), Set.of(), offset, 100);
            for (MerchantOrder order : page) {
                if (order.createdAt().isBefore(startOfToday)) {
                    break scan;
                }
                if (order.status() != MerchantOrderStatus.CANCELLED) {
                    todayOrders++;
                    todaySales = todaySales.plus(order.total().minus(order.refunded()));
                }
            }
            if (page.size() < 100) {
                break;
            }
        }
        List<MerchantOrder> latest = toAccept == 0 ? List.of()
                : orders.merchantOrdersOf(shop.id(), Set.of(MerchantOrderStatus.PLACED), 0, SHOWN);
        List<LowStock> low = new ArrayList<>();
        int productCount = marketplace.catalogue().countProductsOf(shop.id(), false);
        for (int offset = 0; offset < productCount; offset += 200) {
            for (Product product : marketplace.catalogue().productsOf(shop.id(), false, offset, 200)) {
                for (Variant variant : product.variants()) {
                    if (variant.stock() <= LOW_STOCK) {
                        low.add(new LowStock(product, variant));
                    }
                }
            }
        }
        low.sort(Comparator.comparingInt((LowStock item) -> item.variant().stock()).thenComparing(item -> item.product().name()));
        MerchantStatus status = shop.status();
        List<ChecklistItem> checklist = status == MerchantStatus.LIVE ? List.of() : marketplace.onboarding().checklist(shop.id());
        return new MerchantDashboard(shop, toAccept, toPrepare, ready, out, todayOrders, todaySales, latest,
                low.subList(0, Math.min(low.size(), SHOWN * 2)), low.size(), checklist);
    }
}
