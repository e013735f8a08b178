package io.comptoir.app;

import io.comptoir.app.account.AccountFeature;
import io.comptoir.app.admin.AdminFeature;
import io.comptoir.app.catalogue.CatalogueFeature;
import io.comptoir.app.feature.WebFeature;
import io.comptoir.app.identity.IdentityFeature;
import io.comptoir.app.merchant.MerchantFeature;
import io.comptoir.app.ops.OpsFeature;
import io.comptoir.app.shopping.ShoppingFeature;
import io.comptoir.app.stripe.StripeFeature;
import io.comptoir.app.training.TrainingFeature;
import io.comptoir.app.vouchers.VouchersFeature;

import java.util.List;
import java.util.Set;

/**
 * The features of the reference marketplace, in the order their contributions appear (the API description, the roles).
 * The one place that names them: a plugin's web side is added here, and removed from the build by deleting its plugin
 * module, its feature package and template folder, and its line here.
 */
public final class Features {
    private Features() {
    }

    /** Every feature, new instances (an application owns the ones it registers). */
    public static List<WebFeature> all() {
        return List.of(new CatalogueFeature(), new IdentityFeature(), new AccountFeature(), new ShoppingFeature(), new MerchantFeature(), new AdminFeature(),
                new TrainingFeature(), new VouchersFeature(), new StripeFeature(), new OpsFeature());
    }

    /** Every feature but those left out ({@code DISABLED_FEATURES}). */
    public static List<WebFeature> allBut(Set<String> disabled) {
        return all().stream().filter(feature -> !disabled.contains(feature.name())).toList();
    }

    /** The names of the features a territory may leave out: the plugins' web sides. */
    public static List<String> optional() {
        return all().stream().filter(WebFeature::optional).map(WebFeature::name).toList();
    }
}
