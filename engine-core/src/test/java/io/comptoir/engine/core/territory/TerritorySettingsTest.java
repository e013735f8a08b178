package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.SettingChange;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.core.RecordingSearchIndex;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.comptoir.engine.core.Fixtures.ADMIN;
import static io.comptoir.engine.core.Fixtures.SAINT_OMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

final class TerritorySettingsTest {
    private static final Actor CLAIRE = Actor.account(41);
    private static final Actor MEHDI = Actor.account(42);

    @EachDatabase
    void eachChangedFieldIsSavedUnderANewVersionAndAuditedNewestFirst(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Territory territory = engine.territory();
            assertThat(territory.settings()).isEqualTo(TerritorySettings.NONE);
            assertThat(territory.settingsHistorySize()).isZero();

            TerritorySettings first = territory.saveSettings(TerritorySettings.NONE
                    .withHomeTexts("fr", home("Vos commerces, ouverts en ligne", "Happy Kdo Booster : jusqu'au 28 février", "/bons"))
                    .withContact(new TerritoryContact(Optional.of("bonjour@territoire.example"), Optional.of("03 21 00 00 00"), Optional.empty())),
                    CLAIRE);
            assertThat(first.version()).isEqualTo(1);
            assertThat(territory.settings()).isEqualTo(first);
            assertThat(territory.settings().homeTexts("fr").heroTitle()).contains("Vos commerces, ouverts en ligne");
            assertThat(territory.settings().homeTexts("en")).isEqualTo(HomeTexts.NONE);

            // one field changed, one set back to the default: two audit rows, one version
            TerritorySettings second = territory.saveSettings(first
                    .withHomeTexts("fr", home("Vos commerces, ouverts en ligne", "Happy Kdo Booster : prolongé jusqu'au 15 mars", "/bons"))
                    .withContact(new TerritoryContact(Optional.of("bonjour@territoire.example"), Optional.empty(), Optional.empty())), MEHDI);
            assertThat(second.version()).isEqualTo(2);
            assertThat(second.contact().phone()).isEmpty();

            assertThat(territory.settingsHistorySize()).isEqualTo(7);
            List<SettingChange> history = territory.settingsHistory(0, 10);
            assertThat(history).extracting(SettingChange::version).containsExactly(2L, 2L, 1L, 1L, 1L, 1L, 1L);
            assertThat(history.get(0).field()).isEqualTo("home.fr.announcement");
            assertThat(history.get(0).before()).contains("Happy Kdo Booster : jusqu'au 28 février");
            assertThat(history.get(0).after()).contains("Happy Kdo Booster : prolongé jusqu'au 15 mars");
            assertThat(history.get(0).actor()).isEqualTo(MEHDI);
            assertThat(history.get(1).field()).isEqualTo("contact.phone");
            assertThat(history.get(1).before()).contains("03 21 00 00 00");
            assertThat(history.get(1).after()).as("back to the default").isEmpty();
            assertThat(history.subList(2, 7)).extracting(SettingChange::field).containsExactlyInAnyOrder("home.fr.heroTitle",
                    "home.fr.announcement", "home.fr.announcementLink", "contact.email", "contact.phone");
            assertThat(history.subList(2, 7)).allSatisfy(change -> {
                assertThat(change.before()).isEmpty();
                assertThat(change.actor()).isEqualTo(CLAIRE);
            });
            assertThat(territory.settingsHistory(1, 2)).containsExactlyElementsOf(history.subList(1, 3));

            // saving what is saved changes nothing, whatever the version: a retried save succeeds
            assertThat(territory.saveSettings(first.withHomeTexts("fr", second.homeTexts("fr")).withContact(second.contact()), CLAIRE))
                    .isEqualTo(second);
            assertThat(territory.settingsHistorySize()).isEqualTo(7);
        }
    }

    @EachDatabase
    void aSaveBasedOnAnOlderVersionIsRefusedAndChangesNothing(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Territory territory = engine.territory();
            TerritorySettings read = territory.settings();
            TerritorySettings saved = territory.saveSettings(read.withHomeTexts("fr", home("Titre de Claire", null, null)), CLAIRE);

            assertThatThrownBy(() -> territory.saveSettings(read.withHomeTexts("fr", home("Titre de Mehdi", null, null)), MEHDI))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stale_settings"))
                    .hasMessageContaining("since version 0 (now version 1)");
            assertThat(territory.settings()).isEqualTo(saved);
            assertThat(territory.settingsHistorySize()).isEqualTo(1);
        }
    }

    @EachDatabase
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Territory territory = engine.territory();
            TerritorySettings none = TerritorySettings.NONE;
            refused(() -> territory.saveSettings(none.withHomeTexts("fr", home("x".repeat(121), null, null)), CLAIRE),
                    "home.fr.heroTitle", "text_too_long");
            refused(() -> territory.saveSettings(none.withHomeTexts("en", new HomeTexts(Optional.empty(), Optional.of("y".repeat(301)),
                    Optional.empty(), Optional.empty())), CLAIRE),
                    "home.en.heroLead", "text_too_long");
            refused(() -> territory.saveSettings(none.withHomeTexts("fr", home("Deux\nlignes", null, null)), CLAIRE),
                    "home.fr.heroTitle", "invalid_text");
            refused(() -> territory.saveSettings(none.withHomeTexts("fr", home(null, "Bandeau", "javascript:alert(1)")), CLAIRE),
                    "home.fr.announcementLink", "invalid_link");
            refused(() -> territory.saveSettings(none.withHomeTexts("fr", home(null, "Bandeau", "//evil.example/")), CLAIRE),
                    "home.fr.announcementLink", "invalid_link");
            refused(() -> territory.saveSettings(none.withHomeTexts("fr", home(null, null, "/bons")), CLAIRE),
                    "home.fr.announcementLink", "link_without_announcement");
            refused(() -> territory.saveSettings(none.withHomeTexts("FR", home("Titre", null, null)), CLAIRE), "home.FR", "invalid_language");
            refused(() -> territory.saveSettings(none.withContact(contact("pas-une-adresse", null, null)), CLAIRE), "contact.email", "invalid_email");
            // white space the mailer refuses, though no control character
            refused(() -> territory.saveSettings(none.withContact(contact("accueil\u2028@mairie.example", null, null)), CLAIRE), "contact.email",
                    "invalid_email");
            refused(() -> territory.saveSettings(none.withContact(contact(null, "03 21 AB", null)), CLAIRE), "contact.phone", "invalid_phone");
            refused(() -> territory.saveSettings(none.withContact(contact(null, "12 34", null)), CLAIRE), "contact.phone", "invalid_phone");
            refused(() -> territory.saveSettings(none.withContact(contact(null, null, "a".repeat(201))), CLAIRE), "contact.address", "text_too_long");
            assertThat(territory.settings()).isEqualTo(TerritorySettings.NONE);
            assertThat(territory.settingsHistorySize()).isZero();

            TerritorySettings fine = territory.saveSettings(none.withHomeTexts("fr", home("  Titre  ", "Bandeau", "https://www.example.fr/bons"))
                    .withContact(contact("accueil@mairie.example", "+33 (0)3 21 00.00-00", "2 rue de Calais, 62500 Saint-Omer")), CLAIRE);
            assertThat(fine.homeTexts("fr").heroTitle()).as("stripped").contains("Titre");
            assertThat(new HomeTexts(Optional.of("   "), Optional.empty(), Optional.empty(), Optional.empty())).as("blank is not set")
                    .isEqualTo(HomeTexts.NONE);
        }
    }

    @EachDatabase
    void theFeaturedShopsAreAnOrderedListOfLiveShopsSharedWithTheShopsOwnFeaturing(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            Territory territory = engine.territory();
            Merchant martin = fixtures.liveMerchant("Chaussures Martin", SAINT_OMER);
            Merchant leroy = fixtures.liveMerchant("Fromagerie Leroy", SAINT_OMER);
            Merchant caron = fixtures.liveMerchant("Boulangerie Caron", SAINT_OMER);
            Merchant applicant = engine.merchants().register(Fixtures.profile("Atelier Dupont", SAINT_OMER, fixtures.shoes.id()), ADMIN);

            TerritorySettings saved = territory.saveSettings(TerritorySettings.NONE.withFeaturedShops(List.of(leroy.id(), martin.id())), CLAIRE);
            assertThat(saved.featuredShops()).containsExactly(leroy.id(), martin.id());
            assertThat(engine.merchants().require(leroy.id()).featured()).isTrue();
            assertThat(engine.merchants().require(caron.id()).featured()).isFalse();

            // the shop's own page adds it at the end, under the same version and audit trail
            engine.merchants().setFeatured(caron.id(), true, MEHDI);
            assertThat(territory.settings().featuredShops()).containsExactly(leroy.id(), martin.id(), caron.id());
            assertThat(territory.settings().version()).isEqualTo(2);
            SettingChange latest = territory.settingsHistory(0, 1).get(0);
            assertThat(latest.field()).isEqualTo("featuredShops");
            assertThat(latest.before()).contains(leroy.id() + "," + martin.id());
            assertThat(latest.after()).contains(leroy.id() + "," + martin.id() + "," + caron.id());
            assertThat(engine.merchants().setFeatured(caron.id(), true, MEHDI).featured()).as("already featured: nothing changes").isTrue();
            assertThat(territory.settings().version()).isEqualTo(2);

            TerritorySettings current = territory.settings();
            refused(() -> territory.saveSettings(current.withFeaturedShops(List.of(martin.id(), leroy.id(), martin.id())), CLAIRE),
                    "featuredShops[2]", "duplicate_shop");
            refused(() -> territory.saveSettings(current.withFeaturedShops(List.of(martin.id(), new MerchantId(999_999))), CLAIRE),
                    "featuredShops[1]", "unknown_shop");
            refused(() -> territory.saveSettings(current.withFeaturedShops(List.of(applicant.id())), CLAIRE),
                    "featuredShops[0]", "shop_not_live");
            assertThatThrownBy(() -> engine.merchants().setFeatured(applicant.id(), true, CLAIRE))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("shop_not_live"));
            assertThat(territory.settings()).isEqualTo(current);

            // a featured shop suspended since stays in the list (pages skip it) and does not block other changes
            engine.merchants().changeStatus(leroy.id(), MerchantStatus.SUSPENDED, ADMIN);
            TerritorySettings reordered = territory.saveSettings(current.withFeaturedShops(List.of(caron.id(), leroy.id()))
                    .withContact(contact("accueil@mairie.example", null, null)), CLAIRE);
            assertThat(reordered.featuredShops()).containsExactly(caron.id(), leroy.id());
            assertThat(engine.merchants().require(martin.id()).featured()).as("taken out").isFalse();
            assertThat(engine.merchants().require(leroy.id()).featured()).isTrue();

            List<Map<String, Object>> events = Jdbi.create(db.dataSource()).withHandle(handle -> handle.createQuery("""
                    SELECT type, aggregate_id FROM domain_event
                    WHERE type IN ('territory_settings.changed', 'merchant.featured_changed') ORDER BY id""").mapToMap().list());
            assertThat(events).extracting(row -> row.get("type") + " " + row.get("aggregate_id")).containsExactly(
                    "territory_settings.changed 1", "merchant.featured_changed " + martin.id(), "merchant.featured_changed " + leroy.id(),
                    "territory_settings.changed 1", "merchant.featured_changed " + caron.id(),
                    "territory_settings.changed 1", "merchant.featured_changed " + martin.id());
        }
    }

    @EachDatabase
    void theHomePageFeaturesTwelveShopsAtMost(TestDatabase db) {
        try (Engine engine = Fixtures.engine(db, new RecordingSearchIndex())) {
            Fixtures fixtures = Fixtures.on(engine);
            List<MerchantId> shops = IntStream.rangeClosed(1, TerritorySettings.MAX_FEATURED_SHOPS + 1)
                    .mapToObj(i -> fixtures.liveMerchant("Boutique " + i, SAINT_OMER).id()).toList();
            refused(() -> engine.territory().saveSettings(TerritorySettings.NONE.withFeaturedShops(shops), CLAIRE), "featuredShops", "too_many_shops");

            engine.territory().saveSettings(TerritorySettings.NONE.withFeaturedShops(shops.subList(0, TerritorySettings.MAX_FEATURED_SHOPS)), CLAIRE);
            assertThatThrownBy(() -> engine.merchants().setFeatured(shops.get(TerritorySettings.MAX_FEATURED_SHOPS), true, CLAIRE))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("featured_shops_full"));
        }
    }

    @EachDatabase
    void aSaveOnOneNodeShowsOnAnotherWithoutARestart(TestDatabase db) {
        try (Engine first = Fixtures.engine(db, new RecordingSearchIndex());
             Engine second = Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).build()) {
            second.awaitSearchReady(Duration.ofSeconds(30));
            assertThat(second.territory().settings()).as("read, and kept").isEqualTo(TerritorySettings.NONE);

            TerritorySettings saved = first.territory().saveSettings(TerritorySettings.NONE.withContact(contact("accueil@mairie.example", null, null)),
                    CLAIRE);

            assertThat(first.territory().settings()).as("the node that saved").isEqualTo(saved);
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                    assertThat(second.territory().settings()).as("the other node, after its poll").isEqualTo(saved));
        }
    }

    static HomeTexts home(String heroTitle, String announcement, String link) {
        return new HomeTexts(Optional.ofNullable(heroTitle), Optional.empty(), Optional.ofNullable(announcement), Optional.ofNullable(link));
    }

    private static TerritoryContact contact(String email, String phone, String address) {
        return new TerritoryContact(Optional.ofNullable(email), Optional.ofNullable(phone), Optional.ofNullable(address));
    }

    private static void refused(ThrowingCallable save, String field, String code) {
        assertThatThrownBy(save).as(field).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).contains(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
