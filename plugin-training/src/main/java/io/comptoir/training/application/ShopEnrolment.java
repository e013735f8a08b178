package io.comptoir.training.application;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.training.api.ApplicationForm;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

import static java.util.Objects.requireNonNull;

/**
 * The engine-side steps of an approval, each safe to run again: the shop (registered, then onboarding) and its first
 * staff account.
 */
final class ShopEnrolment {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MerchantDirectory merchants;
    private final AccountDirectory accounts;

    ShopEnrolment(MerchantDirectory merchants, AccountDirectory accounts) {
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** Whether a shop of the marketplace already has the SIRET. */
    boolean siretTaken(String siret, Optional<MerchantId> except) {
        return merchants.find(MerchantFilter.all()).stream()
                .anyMatch(merchant -> merchant.legalId().equals(siret) && except.map(id -> !id.equals(merchant.id())).orElse(true));
    }

    /**
     * The shop of the application, created if it was not yet; brought to {@code ONBOARDING}.
     *
     * @param created told the id of a shop created now, to be remembered before anything else can fail
     */
    Merchant shop(ApplicationForm form, Optional<MerchantId> existing, Actor actor, LongConsumer created) {
        if (siretTaken(form.siret(), existing)) {
            throw new ConflictException("siret_already_registered", "a shop of the marketplace already has SIRET " + form.siret());
        }
        Merchant merchant = existing.map(merchants::require).orElseGet(() -> {
            Merchant registered = merchants.register(new MerchantProfile(form.shopName(), form.siret(), form.trade(), "",
                    new Address(form.street(), form.postalCode(), form.communeInsee()), new Contact(form.contactEmail(), form.contactPhone(), ""),
                    OpeningHours.CLOSED, List.of(), Optional.empty()), actor);
            created.accept(registered.id().value());
            return registered;
        });
        if (merchant.status() == MerchantStatus.APPLICANT) {
            merchant = merchants.changeStatus(merchant.id(), MerchantStatus.ONBOARDING, actor);
        }
        return merchant;
    }

    /** The contact's account, now staff of the shop; {@code created} says whether it was opened now. */
    record Staff(Account account, boolean created) {
    }

    /** @param language the language the application was written in, which an account opened now starts with */
    Staff staff(ApplicationForm form, Locale language, MerchantId shop, Actor actor) {
        Optional<Account> existing = accounts.accountByEmail(form.contactEmail());
        boolean created = false;
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
        }
        else {
            try {
                account = accounts.register(form.contactEmail(), unusablePassword(), form.contactName(), language);
                created = true;
            }
            catch (ConflictException e) {
                account = accounts.accountByEmail(form.contactEmail()).orElseThrow(() -> e);
            }
        }
        account = accounts.grant(account.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.value()), actor);
        return new Staff(account, created);
    }

    /** A password nobody knows: the person sets theirs through the reset link. */
    private static String unusablePassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
