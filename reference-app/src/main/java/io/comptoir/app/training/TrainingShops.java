package io.comptoir.app.training;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountFilter;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.training.api.TrainingRoles;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The engine's shops and people the training admin pages list: shops by status, the trainers to pick for a session. */
final class TrainingShops {
    private static final int MAX_TRAINERS = 500;

    private TrainingShops() {
    }

    static List<Merchant> withStatus(Marketplace marketplace, MerchantStatus first, MerchantStatus... others) {
        return marketplace.merchants().find(new MerchantFilter(EnumSet.of(first, others), Optional.empty(), Optional.empty(), false, 0,
                Integer.MAX_VALUE)).stream().sorted(Comparator.comparing(Merchant::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Active accounts holding the trainer role, by name. */
    static List<Account> trainers(Marketplace marketplace) {
        return marketplace.accounts().find(new AccountFilter(Optional.of(TrainingRoles.TRAINER), Optional.empty(), 0, MAX_TRAINERS)).stream()
                .filter(Account::active).sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
