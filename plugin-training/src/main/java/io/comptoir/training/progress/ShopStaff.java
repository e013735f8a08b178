package io.comptoir.training.progress;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** The active staff accounts of a shop, from the engine's accounts. */
public final class ShopStaff {
    private static final int PAGE = 500;

    private final AccountDirectory accounts;

    public ShopStaff(AccountDirectory accounts) {
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** By name. */
    public List<Account> of(MerchantId shop) {
        List<Account> staff = new ArrayList<>();
        AccountFilter filter = AccountFilter.all().withRole(Role.MERCHANT_STAFF);
        for (int offset = 0; ; offset += PAGE) {
            List<Account> page = accounts.find(filter.page(offset, PAGE));
            page.stream().filter(account -> account.active() && account.isStaffOf(shop.value())).forEach(staff::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        staff.sort(Comparator.comparing(Account::displayName).thenComparing(account -> account.id().value()));
        return staff;
    }
}
