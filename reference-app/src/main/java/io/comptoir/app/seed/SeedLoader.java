package io.comptoir.app.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.app.seed.SeedFiles.AccountEntry;
import io.comptoir.app.seed.SeedFiles.AccountsFile;
import io.comptoir.app.seed.SeedFiles.MerchantEntry;
import io.comptoir.app.seed.SeedFiles.ProductEntry;
import io.comptoir.app.seed.SeedFiles.VariantEntry;
import io.comptoir.app.territory.FolderSource;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Loads a territory's demo data ({@code demo/} of its folder) into a marketplace without shops through the engine's
 * public services, so the seeds go through the same validation as any other write. Files refer to each other by
 * {@code ref} and to the territory's categories by {@code slug}; the engine gives its own ids.
 */
public final class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    /** Products between two progress lines of the log. */
    private static final int PROGRESS_STEP = 1_000;
    private static final Actor SEEDER = Actor.system("seed");

    private final Catalogue catalogue;
    private final MerchantDirectory merchants;
    private final AccountDirectory accounts;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SeedLoader(Catalogue catalogue, MerchantDirectory merchants, AccountDirectory accounts) {
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** What a load brought in. */
    public record Summary(int merchants, int products, int accounts) {
    }

    /** Whether the marketplace has no shop yet: the demo data is loaded only then. */
    public boolean marketplaceIsEmpty() {
        return merchants.count(MerchantFilter.all()) == 0;
    }

    /**
     * Loads the territory's demo shops, products and accounts; call only on a marketplace without shops (see
     * {@link #marketplaceIsEmpty()}), after the territory's folder was applied ({@code TerritorySync}).
     *
     * @param categories the catalogue's category of each slug of the territory's tree
     */
    public Summary load(FolderSource source, Map<String, CategoryId> categories, Currency currency) {
        long started = System.nanoTime();
        Map<String, MerchantId> shops = new HashMap<>();
        List<MerchantEntry> merchantEntries = read(source, "merchants.json", new TypeReference<>() {
        });
        log.info("Demo load: territory and {} categories done; {} shops next", categories.size(), merchantEntries.size());
        for (MerchantEntry entry : merchantEntries) {
            Merchant merchant = merchants.importMerchant(profile(entry, categories), MerchantStatus.valueOf(entry.status()),
                    entry.featured(), SEEDER);
            shops.put(entry.ref(), merchant.id());
        }

        List<ProductEntry> productEntries = read(source, "products.json", new TypeReference<>() {
        });
        log.info("Demo load: {} shops done; {} products next", merchantEntries.size(), productEntries.size());
        int done = 0;
        for (ProductEntry entry : productEntries) {
            MerchantId merchant = require(shops, entry.merchant(), "merchant of product " + entry.ref());
            catalogue.importProduct(merchant, draft(entry, categories, currency), Instant.parse(entry.createdAt()), SEEDER);
            if (++done % PROGRESS_STEP == 0) {
                log.info("Demo load: {} of {} products", done, productEntries.size());
            }
        }
        log.info("Demo load: {} products done; the accounts next (each password hashed with Argon2id)", productEntries.size());
        int accountCount = loadAccounts(source, merchantEntries, shops);
        Summary summary = new Summary(merchantEntries.size(), productEntries.size(), accountCount);
        log.info("Loaded the demo data of {} in {} ms: {}", source.describe(), (System.nanoTime() - started) / 1_000_000, summary);
        return summary;
    }

    /** The password of every demo account ({@code accounts.json}), which the plugins' seeds give their accounts too. */
    public String demoPassword(FolderSource source) {
        AccountsFile file = read(source, "accounts.json", new TypeReference<>() {
        });
        return file.password();
    }

    /** The demo accounts, and one staff account per shop under its contact e-mail; returns how many were made. */
    private int loadAccounts(FolderSource source, List<MerchantEntry> merchantEntries, Map<String, MerchantId> shops) {
        AccountsFile file = read(source, "accounts.json", new TypeReference<>() {
        });
        int made = 0;
        for (AccountEntry entry : file.accounts()) {
            Account account = accounts.register(entry.email(), file.password(), entry.name());
            for (String role : entry.roles()) {
                if (!role.equals(Role.SHOPPER.name())) {
                    accounts.grant(account.id(), RoleGrant.of(accounts.roles().stream().filter(known -> known.name().equals(role)).findFirst().orElseThrow(() -> new IllegalArgumentException("unknown role " + role))), SEEDER);
                }
            }
            made++;
        }
        if ("contact".equals(file.shopStaff())) {
            for (MerchantEntry entry : merchantEntries) {
                String email = orEmpty(entry.contact().email());
                if (!email.isEmpty()) {
                    Account staff = accounts.register(email, file.password(), entry.name());
                    accounts.grant(staff.id(), RoleGrant.of(Role.MERCHANT_STAFF, shops.get(entry.ref()).value()), SEEDER);
                    made++;
                }
            }
        }
        return made;
    }

    private static MerchantProfile profile(MerchantEntry entry, Map<String, CategoryId> categories) {
        return new MerchantProfile(entry.name(), entry.siret(), entry.trade(), entry.description(),
                new Address(entry.address().street(), entry.address().postalCode(), entry.address().communeInsee()),
                new Contact(orEmpty(entry.contact().email()), orEmpty(entry.contact().phone()), orEmpty(entry.contact().website())),
                OpeningHours.parse(orEmpty(entry.openingHours())),
                entry.categories().stream().map(slug -> require(categories, slug, "category of shop " + entry.ref())).toList(),
                Optional.empty());
    }

    private static ProductDraft draft(ProductEntry entry, Map<String, CategoryId> categories, Currency currency) {
        List<VariantDraft> variants = entry.variants().stream().map(variant -> variant(variant, currency)).toList();
        return new ProductDraft(entry.name(), entry.description(), require(categories, entry.category(), "category of product " + entry.ref()),
                List.of(), variants);
    }

    private static VariantDraft variant(VariantEntry entry, Currency currency) {
        List<VariantOption> options = entry.options().stream().map(pair -> new VariantOption(pair.get(0), pair.get(1))).toList();
        return new VariantDraft(entry.sku(), options, new Money(entry.price(), currency), entry.stock());
    }

    private static <T> T require(Map<String, T> refs, String ref, String what) {
        T value = refs.get(ref);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + ": " + ref);
        }
        return value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private <T> T read(FolderSource source, String file, TypeReference<T> type) {
        try (InputStream stream = source.open(file)) {
            return json.readValue(stream, type);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file + " from " + source.describe() + ": " + e.getMessage(), e);
        }
    }
}
