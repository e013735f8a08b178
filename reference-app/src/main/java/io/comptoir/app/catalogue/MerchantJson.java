package io.comptoir.app.catalogue;

import io.comptoir.app.catalogue.Refs.CategoryLink;
import io.comptoir.app.catalogue.Refs.CommuneRef;
import io.comptoir.app.catalogue.Refs.ImageJson;
import io.comptoir.app.web.Links;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.territory.Commune;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/** The API's shop documents. */
public final class MerchantJson {

    private MerchantJson() {
    }

    public record AddressJson(String street, String postalCode, CommuneRef commune) {
    }

    public record RangeJson(String opens, String closes) {
    }

    /** @param day {@code MONDAY} … {@code SUNDAY}; {@code ranges} is empty on a closed day */
    public record DayJson(DayOfWeek day, List<RangeJson> ranges) {
    }

    /** @param text the OpenStreetMap-like form, e.g. {@code Mo-Fr 09:00-19:00; Sa 09:00-12:00} */
    public record OpeningHoursJson(String text, List<DayJson> days) {
        static OpeningHoursJson of(OpeningHours hours) {
            return new OpeningHoursJson(hours.toText(), Arrays.stream(DayOfWeek.values())
                    .map(day -> new DayJson(day, hours.on(day).stream()
                            .map(range -> new RangeJson(range.opens().toString(), range.closes().toString())).toList()))
                    .toList());
        }
    }

    /** Empty parts of a contact are null. */
    public record ContactJson(String email, String phone, String website) {
        static ContactJson of(Contact contact) {
            return new ContactJson(orNull(contact.email()), orNull(contact.phone()), orNull(contact.website()));
        }

        private static String orNull(String text) {
            return text.isBlank() ? null : text;
        }
    }

    public record Shop(long id, String slug, String name, String trade, String description, String url, boolean featured,
                       ImageJson photo, AddressJson address, OpeningHoursJson openingHours, ContactJson contact,
                       List<CategoryLink> categories) {

        static Shop of(Merchant merchant, Commune commune, List<Category> categories, Links links) {
            return new Shop(merchant.id().value(), merchant.slug(), merchant.name(), merchant.trade(), merchant.description(),
                    links.to(Paths.shop(merchant.id(), merchant.slug())), merchant.featured(),
                    merchant.photo().map(photo -> new ImageJson(links.to(Paths.asset(photo.assetKey())), photo.altText())).orElse(null),
                    new AddressJson(merchant.address().street(), merchant.address().postalCode(), CommuneRef.of(commune)),
                    OpeningHoursJson.of(merchant.openingHours()), ContactJson.of(merchant.contact()),
                    categories.stream().map(CategoryLink::of).toList());
        }
    }

    public record ShopPage(List<Shop> items, int total, int page, int size) {
    }
}
