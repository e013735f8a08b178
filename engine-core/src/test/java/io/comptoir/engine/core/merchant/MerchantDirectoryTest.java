package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.ActivationDecision;
import io.comptoir.engine.api.merchant.FulfilmentOptions;
import io.comptoir.engine.api.merchant.LocalDelivery;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantProfile;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.ARQUES;
import static io.comptoir.engine.core.Fixtures.LUMBRES;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static io.comptoir.engine.core.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class MerchantDirectoryTest {

    @EachDatabase
    void aRegisteredShopIsAnApplicantWithAUniqueSlug(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant first = engine.merchants().register(profile("Café de la Place", SAINT_OMER, fixtures.food.id()), ADMIN);
            Merchant second = engine.merchants().register(profile("Café de la Place", ARQUES), ADMIN);

            assertThat(first.status()).isEqualTo(MerchantStatus.APPLICANT);
            assertThat(first.slug()).isEqualTo("cafe-de-la-place");
            assertThat(second.slug()).isEqualTo("cafe-de-la-place-2");
            assertThat(first.categories()).containsExactly(fixtures.food.id());
            assertThat(first.openingHours()).isEqualTo(OpeningHours.parse("Tu-Sa 09:00-12:00,14:00-19:00"));
            assertThat(engine.merchants().merchantBySlug("cafe-de-la-place-2")).contains(second);
        }
    }

    @EachDatabase
    void aCategoryFilterFindsTheShopsOfItsSubtreeAndAnUnknownCategoryNone(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant grocer = engine.merchants().register(profile("Épicerie du Marché", SAINT_OMER, fixtures.food.id()), ADMIN);
            engine.merchants().register(profile("Fleurs d'Aa", ARQUES), ADMIN);

            MerchantFilter food = MerchantFilter.all().inCategory(fixtures.food.id());
            assertThat(engine.merchants().find(food)).extracting(Merchant::id).containsExactly(grocer.id());
            assertThat(engine.merchants().count(food)).isEqualTo(1);
            MerchantFilter unknown = MerchantFilter.all().inCategory(new io.comptoir.engine.api.catalogue.CategoryId(999_999));
            assertThat(engine.merchants().find(unknown)).isEmpty();
            assertThat(engine.merchants().count(unknown)).isZero();
            assertThat(engine.merchants().count(MerchantFilter.all())).isEqualTo(2);
        }
    }

    @EachDatabase
    void aProfileWithABadFieldIsRefusedNamingTheFieldAndNothingIsStored(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures.on(engine);
            MerchantProfile good = profile("Fleurs d'Aa", SAINT_OMER);
            List<Map.Entry<String, MerchantProfile>> bad = List.of(
                    Map.entry("name", good.withName("  ")),
                    Map.entry("legalId", new MerchantProfile(good.name(), "73282932000075", good.trade(), good.description(),
                            good.address(), good.contact(), good.openingHours(), good.categories(), good.photo())),
                    Map.entry("communeInsee", new MerchantProfile(good.name(), good.legalId(), good.trade(), good.description(),
                            new io.comptoir.engine.api.merchant.Address("1 rue", "62500", "59350"), good.contact(),
                            good.openingHours(), good.categories(), good.photo())),
                    Map.entry("email", new MerchantProfile(good.name(), good.legalId(), good.trade(), good.description(),
                            good.address(), new io.comptoir.engine.api.merchant.Contact("not-an-email", "", ""),
                            good.openingHours(), good.categories(), good.photo())),
                    // the mailer refuses a control character: the shop's order mails would all fail
                    Map.entry("email", new MerchantProfile(good.name(), good.legalId(), good.trade(), good.description(),
                            good.address(), new io.comptoir.engine.api.merchant.Contact("a\u0001@b.fr", "", ""),
                            good.openingHours(), good.categories(), good.photo())),
                    Map.entry("email", new MerchantProfile(good.name(), good.legalId(), good.trade(), good.description(),
                            good.address(), new io.comptoir.engine.api.merchant.Contact("a\u2028b@c.fr", "", ""),
                            good.openingHours(), good.categories(), good.photo())),
                    Map.entry("categories", new MerchantProfile(good.name(), good.legalId(), good.trade(), good.description(),
                            good.address(), good.contact(), good.openingHours(),
                            List.of(new io.comptoir.engine.api.catalogue.CategoryId(999_999)), good.photo())));
            for (Map.Entry<String, MerchantProfile> entry : bad) {
                assertThatThrownBy(() -> engine.merchants().register(entry.getValue(), ADMIN))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains(entry.getKey()));
            }
            assertThat(engine.merchants().count(MerchantFilter.all())).isZero();
        }
    }

    @EachDatabase
    void statusFollowsTheLifeCycleAndRefusesIllegalMoves(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures.on(engine);
            MerchantId id = engine.merchants().register(profile("La Cordonnerie", SAINT_OMER), ADMIN).id();

            assertThatThrownBy(() -> engine.merchants().changeStatus(id, MerchantStatus.LIVE, ADMIN))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("illegal_status_transition"));
            assertThat(engine.merchants().changeStatus(id, MerchantStatus.ONBOARDING, ADMIN).status()).isEqualTo(MerchantStatus.ONBOARDING);
            assertThat(engine.merchants().changeStatus(id, MerchantStatus.LIVE, ADMIN).status()).isEqualTo(MerchantStatus.LIVE);
            assertThat(engine.merchants().changeStatus(id, MerchantStatus.SUSPENDED, ADMIN).status()).isEqualTo(MerchantStatus.SUSPENDED);
            assertThat(engine.merchants().changeStatus(id, MerchantStatus.LIVE, ADMIN).status()).isEqualTo(MerchantStatus.LIVE);
            assertThatThrownBy(() -> engine.merchants().changeStatus(new MerchantId(424242), MerchantStatus.LIVE, ADMIN))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @EachDatabase
    void goingLiveIsRefusedWithTheBlockingItemsOfEveryPolicy(TestDatabase db) {
        AtomicReference<List<String>> missing = new AtomicReference<>(List.of("Profil incomplet", "Formation non suivie"));
        EnginePlugin gate = new EnginePlugin() {
            @Override
            public String id() {
                return "gate";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerActivationPolicy(merchant -> missing.get().isEmpty()
                        ? ActivationDecision.allowed() : ActivationDecision.blockedBy(missing.get()));
            }
        };
        try (Engine engine = Engine.builder().dataSource(db.dataSource()).plugin(gate).searchIndex(new RecordingSearchIndex())
                .backgroundWork(false).build()) {
            Fixtures.on(engine);
            MerchantId id = engine.merchants().register(profile("Le Fournil", LUMBRES), ADMIN).id();
            engine.merchants().changeStatus(id, MerchantStatus.ONBOARDING, ADMIN);

            assertThatThrownBy(() -> engine.merchants().changeStatus(id, MerchantStatus.LIVE, ADMIN))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("activation_refused");
                        assertThat(e.details()).containsExactly("Profil incomplet", "Formation non suivie");
                    });
            assertThat(engine.merchants().require(id).status()).isEqualTo(MerchantStatus.ONBOARDING);
            assertThat(engine.merchants().activationDecision(id).blockingItems()).hasSize(2);

            missing.set(List.of());
            assertThat(engine.merchants().changeStatus(id, MerchantStatus.LIVE, ADMIN).status()).isEqualTo(MerchantStatus.LIVE);
        }
    }

    @EachDatabase
    void findFiltersByStatusCommuneCategoryAndFeatured(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shoes = engine.merchants().importMerchant(profile("Chaussures Martin", SAINT_OMER, fixtures.shoes.id()), MerchantStatus.LIVE, true, ADMIN);
            Merchant grocer = engine.merchants().importMerchant(profile("Épicerie Lefebvre", ARQUES, fixtures.food.id()), MerchantStatus.LIVE, false, ADMIN);
            Merchant training = engine.merchants().importMerchant(profile("Atelier Dupont", SAINT_OMER, fixtures.shoes.id()), MerchantStatus.ONBOARDING, false, ADMIN);

            assertThat(engine.merchants().find(MerchantFilter.live())).containsExactly(shoes, grocer);
            assertThat(engine.merchants().find(MerchantFilter.live().inCommune(SAINT_OMER))).containsExactly(shoes);
            assertThat(engine.merchants().find(MerchantFilter.all().inCategory(fixtures.fashion.id()))).containsExactly(training, shoes);
            assertThat(engine.merchants().find(MerchantFilter.live().featured())).containsExactly(shoes);
            assertThat(engine.merchants().find(MerchantFilter.all().page(1, 1))).containsExactly(shoes);
            assertThat(engine.merchants().count(MerchantFilter.all().inCommune(SAINT_OMER))).isEqualTo(2);
            assertThat(engine.merchants().countByStatus()).containsEntry(MerchantStatus.LIVE, 2)
                    .containsEntry(MerchantStatus.ONBOARDING, 1).containsEntry(MerchantStatus.APPLICANT, 0);
        }
    }

    @EachDatabase
    void profileUpdatesAreStoredAndFeaturingIsToggled(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant updated = engine.merchants().updateProfile(shop.id(),
                    MerchantProfile.of(shop).withDescription("Depuis 1952.").withOpeningHours(OpeningHours.parse("Mo-Sa 10:00-19:00")), ADMIN);

            assertThat(updated.description()).isEqualTo("Depuis 1952.");
            assertThat(updated.openingHours().toText()).isEqualTo("Mo-Sa 10:00-19:00");
            assertThat(engine.merchants().setFeatured(shop.id(), true, ADMIN).featured()).isTrue();
        }
    }

    @EachDatabase
    void aShopOffersClickAndCollectUntilItSetsUpItsOwnDelivery(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Merchant shop = fixtures.liveMerchant("Fromagerie Leroy", SAINT_OMER);
            assertThat(engine.merchants().fulfilment(shop.id())).isEqualTo(FulfilmentOptions.CLICK_AND_COLLECT_ONLY);

            FulfilmentOptions delivery = new FulfilmentOptions(false, Optional.of(new LocalDelivery(Money.euros(450),
                    Set.of(SAINT_OMER, ARQUES), Optional.of(Money.euros(5000)))));
            assertThat(engine.merchants().updateFulfilment(shop.id(), delivery, ADMIN)).isEqualTo(delivery);
            assertThat(engine.merchants().fulfilment(shop.id())).isEqualTo(delivery);
            assertThat(delivery.delivery().orElseThrow().feeFor(Money.euros(4999))).isEqualTo(Money.euros(450));
            assertThat(delivery.delivery().orElseThrow().feeFor(Money.euros(5000))).isEqualTo(Money.euros(0));

            FulfilmentOptions outside = new FulfilmentOptions(true, Optional.of(new LocalDelivery(Money.euros(450), Set.of("59350"), Optional.empty())));
            assertThatThrownBy(() -> engine.merchants().updateFulfilment(shop.id(), outside, ADMIN))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("communes"));
            assertThat(engine.merchants().fulfilment(shop.id())).isEqualTo(delivery);
        }
    }
}
