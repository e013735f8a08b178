package io.comptoir.app.merchant;

import io.comptoir.app.web.JsonBody;
import io.comptoir.engine.api.asset.AssetStore;
import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.BankAccount;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the merchant API's request bodies into the engine's types, naming any field at fault by its path in the body
 * ({@code variants[1].price.amount}).
 */
final class ApiInputs {
    private static final Map<String, String> PROFILE_PATHS = Map.of("email", "contact.email", "phone", "contact.phone",
            "website", "contact.website", "photo", "photo.key", "photoAlt", "photo.alt");

    private ApiInputs() {
    }

    /**
     * A product: {@code name}, {@code categoryId} and {@code variants} are required; pictures ({@code images}) are
     * uploaded first and named by key; when {@code images} is absent on update, the current pictures stay.
     */
    static ProductDraft product(JsonBody body, AssetStore assets, List<Image> currentImages) {
        String name = body.text("name", 200);
        if (name.isBlank()) {
            throw InvalidInputException.invalid("name", "name must not be blank");
        }
        String description = body.optionalText("description", 8000).orElse("");
        long category = body.optionalInteger("categoryId", 1, Long.MAX_VALUE)
                .orElseThrow(() -> InvalidInputException.invalid("categoryId", "categoryId is required"));
        List<Image> images = body.has("images") ? images(body, assets) : currentImages;
        List<JsonBody> rows = body.optionalObjects("variants", VariantRules.MAX_VARIANTS);
        if (rows.isEmpty()) {
            throw InvalidInputException.invalid("variants", "a product needs at least one variant");
        }
        List<VariantDraft> variants = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (JsonBody row : rows) {
            String sku = row.optionalText("sku", 64).filter(text -> !text.isEmpty()).map(text -> VariantRules.sku(row.fieldName("sku"), text))
                    .orElseGet(VariantRules::newSku);
            if (!skus.add(sku)) {
                throw new InvalidInputException(row.fieldName("sku"), "duplicate_sku", "SKU " + sku + " appears twice");
            }
            List<VariantOption> options = new ArrayList<>();
            Set<String> optionNames = new HashSet<>();
            for (JsonBody option : row.optionalObjects("options", VariantRules.MAX_OPTIONS)) {
                String optionName = option.text("name", VariantRules.MAX_OPTION_TEXT).strip();
                String value = option.text("value", VariantRules.MAX_OPTION_TEXT).strip();
                if (optionName.isEmpty() || value.isEmpty()) {
                    throw InvalidInputException.invalid(option.fieldName(optionName.isEmpty() ? "name" : "value"), "an option has a name and a value");
                }
                if (!optionNames.add(optionName)) {
                    throw InvalidInputException.invalid(option.fieldName("name"), "option " + optionName + " appears twice");
                }
                options.add(new VariantOption(optionName, value));
            }
            Money price = row.money("price", Money.EUR, VariantRules.MAX_PRICE)
                    .orElseThrow(() -> InvalidInputException.invalid(row.fieldName("price"), row.fieldName("price") + " is required"));
            int stock = row.optionalInteger("stock", 0, VariantRules.MAX_STOCK).map(Long::intValue).orElse(0);
            variants.add(new VariantDraft(sku, options, price, stock));
        }
        return new ProductDraft(name.strip(), description.strip(), new CategoryId(category), images, variants);
    }

    private static List<Image> images(JsonBody body, AssetStore assets) {
        List<Image> images = new ArrayList<>();
        for (JsonBody image : body.optionalObjects("images", 10)) {
            String key = image.text("key", 300);
            if (assets.get(key).isEmpty()) {
                throw InvalidInputException.invalid(image.fieldName("key"), "no uploaded picture " + key + " (upload it to /images first)");
            }
            String alt = image.text("alt", 300).strip();
            if (alt.isEmpty()) {
                throw InvalidInputException.invalid(image.fieldName("alt"), "describe the picture for people who cannot see it");
            }
            images.add(new Image(key, alt));
        }
        return images;
    }

    /**
     * The engine's refusal of a profile, naming the field by its path in the request: the engine names the contact's parts
     * and the photo's flat ({@code email}, {@code photoAlt}), the body nests them ({@code contact.email}, {@code photo.alt}).
     */
    static InvalidInputException profileRefusal(InvalidInputException refusal) {
        return refusal.field().map(PROFILE_PATHS::get)
                .map(path -> new InvalidInputException(path, refusal.code(), refusal.getMessage())).orElse(refusal);
    }

    /** The profile with the fields the body gives changed; absent fields keep their value, {@code "photo": null} removes it. */
    static MerchantProfile profile(JsonBody body, Merchant shop, AssetStore assets) {
        MerchantProfile profile = MerchantProfile.of(shop);
        String trade = body.optionalText("trade", 200).map(String::strip).orElse(profile.trade());
        if (trade.isEmpty()) {
            throw InvalidInputException.invalid("trade", "trade must not be blank");
        }
        String description = body.optionalText("description", 4000).orElse(profile.description());
        Contact contact = profile.contact();
        Optional<JsonBody> contactBody = body.optionalObject("contact");
        if (contactBody.isPresent()) {
            JsonBody c = contactBody.get();
            contact = new Contact(c.has("email") ? c.optionalText("email", 254).orElse("").strip() : contact.email(),
                    c.has("phone") ? c.optionalText("phone", 40).orElse("").strip() : contact.phone(),
                    c.has("website") ? c.optionalText("website", 300).orElse("").strip() : contact.website());
            if (c.isExplicitNull("email")) {
                contact = new Contact("", contact.phone(), contact.website());
            }
            if (c.isExplicitNull("phone")) {
                contact = new Contact(contact.email(), "", contact.website());
            }
            if (c.isExplicitNull("website")) {
                contact = new Contact(contact.email(), contact.phone(), "");
            }
        }
        OpeningHours hours = body.optionalObject("openingHours").map(ApiInputs::hours).orElse(profile.openingHours());
        Optional<Image> photo = profile.photo();
        if (body.isExplicitNull("photo")) {
            photo = Optional.empty();
        }
        else if (body.has("photo")) {
            JsonBody p = body.optionalObject("photo").orElseThrow();
            String key = p.text("key", 300);
            if (assets.get(key).isEmpty()) {
                throw InvalidInputException.invalid(p.fieldName("key"), "no uploaded picture " + key + " (upload it to /images first)");
            }
            String alt = p.text("alt", 300).strip();
            if (alt.isEmpty()) {
                throw InvalidInputException.invalid(p.fieldName("alt"), "describe the picture for people who cannot see it");
            }
            photo = Optional.of(new Image(key, alt));
        }
        return new MerchantProfile(profile.name(), profile.legalId(), trade, description, profile.address(), contact, hours,
                profile.categories(), photo);
    }

    /**
     * Opening hours as {@code {"text": "Mo-Fr 09:00-19:00"}} or as {@code {"days": [{"day": "MONDAY", "ranges": [...]}]}}, not
     * both; each day gives its ranges, empty when closed.
     */
    static OpeningHours hours(JsonBody body) {
        if (body.has("text") && body.has("days")) {
            throw JsonBody.invalid(body.fieldName("days"), "give the opening hours as text or as days, not both");
        }
        if (body.has("text")) {
            String text = body.text("text", 1000);
            try {
                return OpeningHours.parse(text);
            }
            catch (IllegalArgumentException e) {
                throw InvalidInputException.invalid(body.fieldName("text"), "cannot read the opening hours: " + e.getMessage());
            }
        }
        Map<DayOfWeek, List<OpeningHours.TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (JsonBody day : body.optionalObjects("days", 7)) {
            DayOfWeek name = day.choice("day", DayOfWeek.class)
                    .orElseThrow(() -> InvalidInputException.invalid(day.fieldName("day"), day.fieldName("day") + " is required"));
            if (week.containsKey(name)) {
                throw InvalidInputException.invalid(day.fieldName("day"), name + " appears twice");
            }
            List<OpeningHours.TimeRange> ranges = new ArrayList<>();
            for (JsonBody range : day.objects("ranges", 6)) {
                LocalTime opens = time(range, "opens");
                LocalTime closes = time(range, "closes");
                if (!closes.isAfter(opens)) {
                    throw InvalidInputException.invalid(range.fieldName("closes"), "closes must be after opens");
                }
                ranges.add(new OpeningHours.TimeRange(opens, closes));
            }
            week.put(name, ranges);
        }
        try {
            return new OpeningHours(week);
        }
        catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(body.fieldName("days"), e.getMessage());
        }
    }

    private static LocalTime time(JsonBody range, String name) {
        String text = range.text(name, 5);
        try {
            if (text.matches("[0-9]{2}:[0-9]{2}")) {
                return LocalTime.parse(text);
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        throw InvalidInputException.invalid(range.fieldName(name), range.fieldName(name) + " must be a time such as 09:30");
    }

    static FulfilmentOptions fulfilment(JsonBody body, io.comptoir.engine.api.territory.Territory territory) {
        boolean clickAndCollect = body.bool("clickAndCollect");
        Optional<LocalDelivery> delivery = Optional.empty();
        Optional<JsonBody> deliveryBody = body.optionalObject("delivery");
        if (deliveryBody.isPresent()) {
            JsonBody d = deliveryBody.get();
            Money fee = d.money("fee", Money.EUR, FulfilmentPage.MAX_FEE)
                    .orElseThrow(() -> InvalidInputException.invalid(d.fieldName("fee"), d.fieldName("fee") + " is required"));
            List<String> given = d.texts("communes", 500, 5);
            for (int i = 0; i < given.size(); i++) {
                if (territory.commune(given.get(i)).isEmpty()) {
                    throw new InvalidInputException(d.fieldName("communes") + "[" + i + "]", "invalid_communes",
                            "no commune " + given.get(i) + " in the territory");
                }
            }
            Set<String> communes = new LinkedHashSet<>(given);
            if (communes.isEmpty()) {
                throw new InvalidInputException(d.fieldName("communes"), "invalid_communes", "a delivery round serves at least one commune");
            }
            Optional<Money> freeFrom = d.money("freeFrom", Money.EUR, VariantRules.MAX_PRICE);
            delivery = Optional.of(new LocalDelivery(fee, communes, freeFrom));
        }
        if (!clickAndCollect && delivery.isEmpty()) {
            throw InvalidInputException.invalid("clickAndCollect", "offer click & collect, delivery, or both");
        }
        return new FulfilmentOptions(clickAndCollect, delivery);
    }

    static BankAccount payout(JsonBody body) {
        return new BankAccount(body.text("holder", 140), body.text("iban", 60), body.optionalText("bic", 20).orElse(""));
    }
}
