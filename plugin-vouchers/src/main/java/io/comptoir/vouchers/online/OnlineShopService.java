package io.comptoir.vouchers.online;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.Variant;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantId;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.comptoir.vouchers.programme.ProgrammeDao;
import io.comptoir.vouchers.programme.ProgrammeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The {@link OnlineVoucherShop}. */
public final class OnlineShopService implements OnlineVoucherShop {
    /** Stock of a voucher variant: the budget, not the stock, limits boosted vouchers. */
    static final int STOCK = 1_000_000;

    private final Database db;
    private final ProgrammeService programmes;
    private final MerchantDirectory merchants;
    private final Catalogue catalogue;

    public OnlineShopService(Database db, ProgrammeService programmes, MerchantDirectory merchants, Catalogue catalogue) {
        this.db = requireNonNull(db, "db is null");
        this.programmes = requireNonNull(programmes, "programmes is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public void designate(MerchantId shop, Actor actor) {
        requireNonNull(actor, "actor is null");
        merchants.require(shop);
        db.useTransaction(handle -> programmes.setVoucherShop(handle, shop.value()));
    }

    @Override
    public Optional<MerchantId> shop() {
        return programmes.voucherShopId().map(MerchantId::new);
    }

    @Override
    public Product publish(long programmeId, CategoryId category, Actor actor) {
        requireNonNull(category, "category is null");
        requireNonNull(actor, "actor is null");
        MerchantId shop = shop().orElseThrow(() -> new ConflictException("no_voucher_shop", "designate the voucher shop first"));
        VoucherProgramme programme = programmes.require(programmeId);
        if (!programme.sells(SalesChannel.ONLINE)) {
            throw new ConflictException("not_on_sale", programme.name() + " is not sold online");
        }
        List<VariantDraft> variants = new ArrayList<>();
        for (Denomination denomination : programme.denominations()) {
            String label = denomination.face().format(Locale.FRANCE) + (denomination.boosted()
                    ? " (payé " + denomination.price().format(Locale.FRANCE) + ")" : "");
            variants.add(new VariantDraft(sku(programme, denomination), List.of(new VariantOption("Montant", label)), denomination.price(), STOCK));
        }
        Optional<Long> existing = programme.denominations().stream().flatMap(d -> d.onlineVariant().stream())
                .findFirst().flatMap(catalogue::variant).map(variant -> variant.productId().value());
        ProductDraft draft = new ProductDraft(programme.name(), description(programme), category, List.of(), variants);
        Product product = existing.isPresent()
                ? catalogue.updateProduct(new io.comptoir.engine.api.catalogue.ProductId(existing.get()), draft, actor)
                : catalogue.createProduct(shop, draft, actor);
        db.useTransaction(handle -> {
            ProgrammeDao dao = handle.attach(ProgrammeDao.class);
            for (Denomination denomination : programme.denominations()) {
                Long variant = product.variants().stream().filter(v -> v.sku().equals(sku(programme, denomination)))
                        .map(Variant::id).map(VariantId::value).findFirst().orElse(null);
                dao.setOnlineVariant(denomination.id(), variant);
            }
        });
        programmes.forget(programmeId);
        return product;
    }

    private static String sku(VoucherProgramme programme, Denomination denomination) {
        return "BON-" + programme.id() + "-" + denomination.face().minorUnits() + "-" + denomination.price().minorUnits();
    }

    private static String description(VoucherProgramme programme) {
        String text = programme.description().isBlank() ? programme.name() : programme.description();
        return text + " Le bon est envoyé par courriel et rangé dans votre espace « Mes bons d'achat » dès le paiement accepté.";
    }

    @Override
    public Optional<OnlineDenomination> denominationOf(VariantId variant) {
        requireNonNull(variant, "variant is null");
        return db.with(ProgrammeDao.class, dao -> dao.denominationByVariant(variant.value()))
                .map(row -> new OnlineDenomination(row.programmeId(), row.id()));
    }
}
