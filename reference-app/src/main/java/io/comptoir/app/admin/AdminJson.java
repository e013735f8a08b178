package io.comptoir.app.admin;

import io.comptoir.app.merchant.MerchantApiJson;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.mail.MailStatus;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.ChecklistItem;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The documents of the territory's back-office API ({@code /api/v1/admin/...}). */
public final class AdminJson {

    private AdminJson() {
    }

    public record VisitDay(LocalDate date, long visits) {
    }

    public record Visits(LocalDate from, LocalDate to, long total, long averagePerDay, List<VisitDay> days) {
    }

    /** @param shops shops in each status (every status present) */
    public record Dashboard(Map<MerchantStatus, Integer> shops, int shoppers, int visibleProducts, Visits visits) {
        static Dashboard of(TerritoryDashboard data) {
            return new Dashboard(new TreeMap<>(data.shops()), data.shoppers(), data.visibleProducts(),
                    new Visits(data.visits().firstKey(), data.visits().lastKey(), data.totalVisits(), data.averageVisits(),
                            data.visits().entrySet().stream().map(day -> new VisitDay(day.getKey(), day.getValue())).toList()));
        }
    }

    public record Shop(long id, String slug, String name, String trade, MerchantStatus status, boolean featured, String communeInsee,
                       Instant createdAt, Instant updatedAt) {
        static Shop of(Merchant shop) {
            return new Shop(shop.id().value(), shop.slug(), shop.name(), shop.trade(), shop.status(), shop.featured(),
                    shop.address().communeInsee(), shop.createdAt(), shop.updatedAt());
        }
    }

    public record ShopPage(List<Shop> items, int total, int page, int size) {
    }

    /**
     * @param checklist its onboarding checklist (empty once live)
     * @param blockingItems what keeps it from going live now, by the activation policies
     */
    public record ShopDetail(Shop shop, int products, int productsOnSale, List<MerchantApiJson.ChecklistItemJson> checklist,
                             List<String> blockingItems) {
        static ShopDetail of(Merchant shop, int products, int onSale, List<ChecklistItem> checklist, List<String> blocking) {
            return new ShopDetail(Shop.of(shop), products, onSale,
                    checklist.stream().map(item -> new MerchantApiJson.ChecklistItemJson(item.code(), item.label(), item.blocking(),
                            item.done(), item.detail())).toList(), blocking);
        }
    }

    /** @param scope the shop (staff) or point of sale the role is bound to; null for other roles */
    public record Grant(String role, Long scope) {
        static Grant of(RoleGrant grant) {
            return new Grant(grant.role().name(), grant.scope().isPresent() ? grant.scope().getAsLong() : null);
        }
    }

    public record AccountJson(long id, String email, String displayName, boolean active, List<Grant> roles, Instant createdAt) {
        static AccountJson of(Account account) {
            return new AccountJson(account.id().value(), account.email(), account.displayName(), account.active(),
                    account.grants().stream().sorted(Comparator.comparing((RoleGrant grant) -> grant.role().name()).thenComparing(RoleGrant::toString))
                            .map(Grant::of).toList(), account.createdAt());
        }
    }

    public record AccountPage(List<AccountJson> items, int total, int page, int size) {
    }

    /** Every shop's orders, newest first; {@code hasMore} says whether a next page exists. */
    /** @param next the cursor of the next page ({@code after}), null on the last one */
    public record OrderFeed(List<MerchantApiJson.OrderJson> items, int page, int size, boolean hasMore, String next) {
    }

    /** A message of the outbox, without its body (which may hold a secret link); the subject's secrets masked. */
    public record MailJson(long id, String to, String subject, String kind, MailStatus status, int attempts, String lastError,
                           Instant createdAt, Instant deliveredAt) {
        static MailJson of(SentMail sent) {
            return new MailJson(sent.id(), sent.mail().to(), MailView.mask(sent.mail().subject()), sent.mail().kind(), sent.status(),
                    sent.attempts(), sent.lastError().orElse(null), sent.sentAt(), sent.deliveredAt().orElse(null));
        }
    }

    /** @param transport how mail leaves, null when it is only kept in the outbox */
    public record MailPage(String transport, Map<MailStatus, Long> counts, List<MailJson> items) {
    }
}
