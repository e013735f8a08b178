package com.example.shop;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.cart.CartOwner;
import io.comptoir.engine.api.catalogue.Category;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.catalogue.ProductDraft;
import io.comptoir.engine.api.catalogue.VariantDraft;
import io.comptoir.engine.api.catalogue.VariantOption;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CheckoutRequest;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.OrderAction;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.core.Engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of a day at the corner shop, each a section of the README's "Embedding the engine": the data a checkout
 * needs, a purchase, the shop's moves, and what the loyalty plugin made of them.
 */
public final class Walkthrough {
    static final Actor SHOP_STAFF = Actor.system("corner-shop");

    private final Engine engine;

    public Walkthrough(Engine engine) {
        this.engine = engine;
    }

    /** A territory, a commune, a category, and a shop taken through its life cycle to LIVE. */
    public Merchant openShop() {
        // tag::territory[]
        engine.territory().saveIntercommunality(new Intercommunality("CAPSO", "Communauté d'agglomération du Pays de Saint-Omer",
                "200069037"));                                  // its SIREN
        engine.territory().saveCommune(new Commune("62765", "Saint-Omer", "62500", "CAPSO", 14_000));   // INSEE code, postcode
        Category shoes = engine.catalogue().createCategory(Optional.empty(), "Chaussures", SHOP_STAFF);
        // end::territory[]

        // tag::open-shop[]
        MerchantProfile profile = new MerchantProfile("Chaussures Martin",
                "73282932000074",                               // a SIRET: 14 digits with a valid check digit
                "Chausseur", "Chaussures de ville et de marche, cordonnerie, depuis 1962.",
                new Address("12 place Foch", "62500", "62765"), // a commune of the territory
                new Contact("contact@chaussures-martin.example", "03 21 00 00 00", ""),
                OpeningHours.parse("Tu-Sa 09:00-12:00,14:00-19:00"), List.of(shoes.id()), Optional.empty());
        Merchant shop = engine.merchants().register(profile, SHOP_STAFF);               // APPLICANT
        engine.merchants().changeStatus(shop.id(), MerchantStatus.ONBOARDING, SHOP_STAFF);
        engine.catalogue().createProduct(shop.id(), new ProductDraft("Bottines en cuir", "Cuir pleine fleur, semelle gomme.",
                shoes.id(), List.of(), List.of(new VariantDraft("BOTT-41", List.of(new VariantOption("Pointure", "41")),
                        Money.euros(129_00), 5))), SHOP_STAFF);
        engine.catalogue().createProduct(shop.id(), new ProductDraft("Lacets cirés", "Coton ciré, 90 cm.",
                shoes.id(), List.of(), List.of(new VariantDraft("LACET-90", List.of(), Money.euros(6_50), 40))), SHOP_STAFF);
        return engine.merchants().changeStatus(shop.id(), MerchantStatus.LIVE, SHOP_STAFF);   // activation policies must agree
        // end::open-shop[]
    }

    /** A shopper's account. */
    public Account shopper() {
        return engine.accounts().register("camille.martin@example.org", "correct horse battery staple", "Camille Martin");
    }

    /** Puts some of the shop's product in the shopper's cart and pays at the shop. */
    public CustomerOrder buy(Account shopper, Merchant shop, String productName, int quantity) {
        Product product = engine.catalogue().productsOf(shop.id(), false, 0, 50).stream()
                .filter(candidate -> candidate.name().equals(productName)).findFirst().orElseThrow();
        // tag::checkout[]
        engine.carts().add(CartOwner.shopper(shopper.id()), product.variants().get(0).id(), quantity);
        CheckoutRequest request = new CheckoutRequest(shopper.id(),
                Map.of(),                                       // click & collect at every shop of the cart
                List.of(TenderRequest.of("pay-at-pickup", Map.of())),
                UUID.randomUUID().toString());                  // the client's idempotency key: a retry returns the same order
        CustomerOrder order = engine.checkout().checkout(request).order();
        // end::checkout[]
        return order;
    }

    /** The shop's moves: accept, ready, collected, paid at the counter. */
    public MerchantOrder collect(MerchantOrder order) {
        // tag::fulfil[]
        for (OrderAction action : List.of(OrderAction.ACCEPT, OrderAction.MARK_READY, OrderAction.MARK_COLLECTED, OrderAction.MARK_PAID)) {
            order = engine.orders().act(order.id(), action, Optional.empty(), "", SHOP_STAFF, false);
        }
        // end::fulfil[]
        return order;
    }
}
