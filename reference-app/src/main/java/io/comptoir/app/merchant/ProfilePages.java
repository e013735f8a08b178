package io.comptoir.app.merchant;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.ImageUpload;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Paths;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.Siret;
import io.comptoir.engine.api.territory.Commune;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code /espace-commercant/{merchantId}/profil}: what shoppers read about the shop (trade, description, contact,
 * opening hours as a weekly form) and its photo. The shop's legal identity (name, SIRET, address) is shown but
 * changed by the territory's team only.
 */
final class ProfilePages {
    private final MerchantBackOffice office;
    private final Marketplace marketplace;

    ProfilePages(MerchantBackOffice office) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
    }

    void register(RoutesConfig routes) {
        String profile = ShopPaths.ROOT + "/{merchantId}/profil";
        routes.get(profile, this::form, MerchantBackOffice.STAFF);
        routes.post(profile, this::save, MerchantBackOffice.STAFF);
        routes.post(profile + "/photo", this::photo, MerchantBackOffice.STAFF);
        routes.post(profile + "/photo/retirer", this::removePhoto, MerchantBackOffice.STAFF);
    }

    private void form(Context ctx) {
        Merchant shop = office.shop(ctx);
        render(ctx, shop, ProfileForm.of(shop), HoursForm.of(shop.openingHours()), "", Notice.none(), 200);
    }

    private void save(Context ctx) {
        Merchant shop = office.shop(ctx);
        FormParams params = new FormParams(ctx);
        ProfileForm form = ProfileForm.read(params);
        HoursForm hours = HoursForm.read(params);
        try {
            if (form.trade().isEmpty() || form.trade().length() > 200) {
                throw new InvalidInputException("trade", "invalid_trade", "say what the shop is, in at most 200 characters");
            }
            if (form.description().length() > 4000) {
                throw new InvalidInputException("description", "invalid_description", "at most 4000 characters");
            }
            MerchantProfile profile = MerchantProfile.of(shop).withOpeningHours(hours.toOpeningHours()).withDescription(form.description());
            profile = new MerchantProfile(profile.name(), profile.legalId(), form.trade(), profile.description(), profile.address(),
                    new Contact(form.email(), form.phone(), form.website()), profile.openingHours(), profile.categories(), profile.photo());
            marketplace.merchants().updateProfile(shop.id(), profile, Viewer.of(ctx).actor());
            MerchantBackOffice.redirectDone(ctx, ShopPaths.profile(shop.id()), "saved");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, form, hours, "", Optional.of(new Problems(office.page(ctx)).of(e)), 400);
        }
    }

    private void photo(Context ctx) {
        Merchant shop = office.shop(ctx);
        Page page = office.page(ctx);
        String altTyped = new FormParams(ctx).raw("alt");
        try {
            ImageUpload upload = ImageUpload.read(ctx, "file");
            String alt = new FormParams(ctx).text("alt", ProductPages.MAX_ALT);
            if (alt.isBlank()) {
                throw new InvalidInputException("alt", "invalid_alt", "describe the picture for people who cannot see it");
            }
            Image stored = upload.storeThrough(marketplace.images(), alt, "alt");
            marketplace.merchants().updateProfile(shop.id(), MerchantProfile.of(shop).withPhoto(Optional.of(stored)), Viewer.of(ctx).actor());
            shop.photo().ifPresent(old -> marketplace.assets().delete(old.assetKey()));
            MerchantBackOffice.redirectDone(ctx, ShopPaths.profile(shop.id()) + "#photo", "photo-saved");
        }
        catch (InvalidInputException e) {
            render(ctx, shop, ProfileForm.of(shop), HoursForm.of(shop.openingHours()), altTyped, Optional.of(new Problems(page).of(e)), 400);
        }
        catch (ContentTooLargeResponse e) {
            render(ctx, shop, ProfileForm.of(shop), HoursForm.of(shop.openingHours()), altTyped,
                    Optional.of(new Notice(false, page.t("bo.error.image_too_large"), List.of(), Map.of("file", page.t("bo.error.image_too_large")))), 413);
        }
    }

    private void removePhoto(Context ctx) {
        Merchant shop = office.shop(ctx);
        marketplace.merchants().updateProfile(shop.id(), MerchantProfile.of(shop).withPhoto(Optional.empty()), Viewer.of(ctx).actor());
        shop.photo().ifPresent(old -> marketplace.assets().delete(old.assetKey()));
        MerchantBackOffice.redirectDone(ctx, ShopPaths.profile(shop.id()) + "#photo", "photo-removed");
    }

    private void render(Context ctx, Merchant shop, ProfileForm form, HoursForm hours, String alt, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, shop, MerchantNav.PROFILE).withNotice(notice);
        Page page = frame.page();
        String commune = marketplace.territory().commune(shop.address().communeInsee()).map(Commune::name).orElse(shop.address().communeInsee());
        List<String> categories = shop.categories().stream().map(id -> marketplace.catalogue().category(id))
                .flatMap(Optional::stream).map(Category::name).toList();
        ctx.status(status);
        PageFactory.render(ctx, "merchant/profile.jte", new ProfileView(frame, form, hours,
                java.util.Arrays.stream(java.time.DayOfWeek.values()).map(day -> new ProfileView.Day(day, page.i18n().dayName(day))).toList(),
                shop.name(), Siret.format(shop.legalId()), shop.address().street(), shop.address().postalCode() + " " + commune, categories,
                shop.photo().map(photo -> new ProfileView.Photo(Paths.asset(photo.assetKey()), photo.altText())),
                ShopPaths.profile(shop.id()), alt));
    }
}
