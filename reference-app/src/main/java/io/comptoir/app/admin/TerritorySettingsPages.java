package io.comptoir.app.admin;

import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.territory.TerritoryContent;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Language;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Pager;
import io.comptoir.app.web.QueryParams;
import io.comptoir.app.web.SiteContact;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Formats;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.StatusBadges;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.territory.HomeTexts;
import io.comptoir.engine.api.territory.SettingChange;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@code /admin/territoire}: what the territory's team changes often, over its folder's defaults — the home page's texts
 * in each language of the site (title, lead, a banner with its link), the featured shops in their order, the contact —
 * one form each (no script needed), and the history of every change. A field left empty shows the folder's text again;
 * "back to the folder's text" empties one. Each form carries the version it was read at: a save after someone else's is
 * refused (409) with the typed values kept, and bad values are refused (400) naming the field, nothing saved.
 */
final class TerritorySettingsPages {
    static final int HISTORY_PER_PAGE = 20;

    private final AdminBackOffice office;
    private final Marketplace marketplace;
    private final TerritoryContent content;

    TerritorySettingsPages(AdminBackOffice office, TerritoryContent content) {
        this.office = requireNonNull(office, "office is null");
        this.marketplace = office.marketplace();
        this.content = requireNonNull(content, "content is null");
    }

    void register(RoutesConfig routes) {
        routes.get(AdminPaths.TERRITORY, this::show, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.TERRITORY_HOME, this::saveHome, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.TERRITORY_FEATURED, this::saveFeatured, AdminBackOffice.ADMIN);
        routes.post(AdminPaths.TERRITORY_CONTACT, this::saveContact, AdminBackOffice.ADMIN);
    }

    private void show(Context ctx) {
        render(ctx, Map.of(), Notice.none(), 200);
    }

    private void saveHome(Context ctx) {
        FormParams form = new FormParams(ctx);
        String reset = form.raw("reset");
        Map<String, String> typed = new LinkedHashMap<>();
        TerritorySettings wanted = basedOn(form);
        for (Language language : content.folder().identity().languages()) {
            Map<String, Optional<String>> texts = new HashMap<>();
            for (String text : SettingsFields.HOME_TEXTS) {
                String field = TerritorySettings.homeField(language.code(), text);
                String value = field.equals(reset) ? "" : form.raw(field);
                typed.put(field, value);
                texts.put(text, SettingsFields.typed(value));
            }
            wanted = wanted.withHomeTexts(language.code(), new HomeTexts(texts.get("heroTitle"), texts.get("heroLead"),
                    texts.get("announcement"), texts.get("announcementLink")));
        }
        save(ctx, wanted, typed, typed.containsKey(reset) ? "territory-reset" : "territory-saved");
    }

    private void saveContact(Context ctx) {
        FormParams form = new FormParams(ctx);
        String reset = form.raw("reset");
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : SettingsFields.CONTACT) {
            String field = SettingsFields.contactField(name);
            typed.put(field, field.equals(reset) ? "" : form.raw(field));
        }
        TerritoryContact contact = new TerritoryContact(SettingsFields.typed(typed.get("contact.email")),
                SettingsFields.typed(typed.get("contact.phone")), SettingsFields.typed(typed.get("contact.address")));
        save(ctx, basedOn(form).withContact(contact), typed, typed.containsKey(reset) ? "territory-reset" : "territory-saved");
    }

    /**
     * The featured shops' form sends the list as shown ({@code shop}, in order) and one action: {@code up:<id>},
     * {@code down:<id>}, {@code remove:<id>}, or {@code add} with the shop chosen in {@code add}.
     */
    private void saveFeatured(Context ctx) {
        FormParams form = new FormParams(ctx);
        TerritorySettings based = basedOn(form);
        List<MerchantId> shops = new ArrayList<>();
        String action = form.raw("action");
        try {
            for (String id : ctx.formParams("shop")) {
                shops.add(new MerchantId(FormParams.parseId("shop", id)));
            }
            if (action.equals("add")) {
                if (form.raw("add").isEmpty()) {
                    throw new InvalidInputException("add", "invalid_add", "choose a shop to feature");
                }
                shops.add(new MerchantId(form.id("add")));
            }
            else {
                move(shops, action);
            }
        }
        catch (InvalidInputException e) {
            render(ctx, Map.of(), Optional.of(notice(office.page(ctx), e)), 400);
            return;
        }
        save(ctx, based.withFeaturedShops(shops), Map.of(), "territory-featured");
    }

    private static void move(List<MerchantId> shops, String action) {
        String[] parts = action.split(":", 2);
        MerchantId shop = parts.length == 2 ? new MerchantId(FormParams.parseId("action", parts[1])) : null;
        int at = shop == null ? -1 : shops.indexOf(shop);
        if (at < 0) {
            throw InvalidInputException.invalid("action", "action must be add, or up, down or remove with a listed shop's id, got '" + action + "'");
        }
        switch (parts[0]) {
            case "up" -> {
                if (at > 0) {
                    shops.add(at - 1, shops.remove(at));
                }
            }
            case "down" -> {
                if (at < shops.size() - 1) {
                    shops.add(at + 1, shops.remove(at));
                }
            }
            case "remove" -> shops.remove(at);
            default -> throw InvalidInputException.invalid("action", "action must be add, up, down or remove, got '" + action + "'");
        }
    }

    /** The settings as saved, at the version the form was read at. */
    private TerritorySettings basedOn(FormParams form) {
        TerritorySettings saved = content.settings();
        return new TerritorySettings(form.integer("version", 0, Integer.MAX_VALUE), saved.homeTexts(), saved.featuredShops(), saved.contact());
    }

    private void save(Context ctx, TerritorySettings wanted, Map<String, String> typed, String flash) {
        try {
            marketplace.territory().saveSettings(wanted, Viewer.of(ctx).actor());
            AdminBackOffice.redirectDone(ctx, AdminPaths.TERRITORY, AdminPaths.TERRITORY, flash);
        }
        catch (InvalidInputException e) {
            render(ctx, typed, Optional.of(notice(office.page(ctx), e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, typed, Optional.of(Notice.problem(office.page(ctx).t("bo.conflict." + e.code()))), 409);
        }
    }

    /** The problem of a refused form: the field named, and said next to it (the featured shops' problems on their list). */
    private static Notice notice(Page page, InvalidInputException e) {
        String field = e.field().orElse("");
        String message = SettingsFields.problem(page, field, e.code());
        String input = field.startsWith(TerritorySettings.FEATURED_SHOPS) || field.equals("add") || field.equals("action") || field.equals("shop")
                ? TerritorySettings.FEATURED_SHOPS : field;
        return new Notice(false, page.t("bo.problem.summary", message), List.of(), Map.of(input, message));
    }

    // ------------------------------------------------------------------------------------------------ the page

    private void render(Context ctx, Map<String, String> typed, Optional<Notice> notice, int status) {
        BackOfficeFrame frame = office.frame(ctx, AdminNav.TERRITORY).withNotice(notice);
        Page page = frame.page();
        TerritorySettings settings = content.settings();
        Map<String, String> saved = settings.fields();
        Map<String, String> values = new HashMap<>(saved);
        values.putAll(typed);

        List<TerritorySettingsView.LanguageForm> languages = content.folder().identity().languages().stream()
                .map(language -> new TerritorySettingsView.LanguageForm(language.code(), page.languageName(language),
                        homeFields(page, language, saved))).toList();
        SiteContact folderContact = content.folderContact();
        Map<String, String> contactDefaults = Map.of("email", folderContact.email(), "phone", folderContact.phone(), "address",
                folderContact.address());
        Map<String, String> contactTypes = Map.of("email", "email", "phone", "tel", "address", "text");
        List<TerritorySettingsView.TextField> contact = SettingsFields.CONTACT.stream().map(name -> {
            String field = SettingsFields.contactField(name);
            return new TerritorySettingsView.TextField(field, "territory-contact-" + name, page.t("bo.admin.territory.field." + name),
                    defaultHint(page, contactDefaults.get(name)), contactTypes.get(name), SettingsFields.limit(field), saved.containsKey(field));
        }).toList();

        Map<Long, Merchant> known = new HashMap<>();
        Function<Long, Optional<Merchant>> shop = id -> Optional.ofNullable(known.computeIfAbsent(id,
                key -> marketplace.merchants().merchant(new MerchantId(key)).orElse(null)));
        List<MerchantId> featuredIds = settings.featuredShops();
        List<TerritorySettingsView.FeaturedShop> featured = new ArrayList<>();
        for (int i = 0; i < featuredIds.size(); i++) {
            long id = featuredIds.get(i).value();
            Merchant merchant = shop.apply(id).orElse(null);
            featured.add(new TerritorySettingsView.FeaturedShop(id, merchant == null ? "#" + id : merchant.name(), AdminPaths.shop(id),
                    merchant != null && merchant.status() == MerchantStatus.LIVE,
                    merchant == null ? "" : StatusBadges.merchant(page, merchant.status()).label(), i == 0, i == featuredIds.size() - 1));
        }
        List<TerritorySettingsView.ShopChoice> addable = marketplace.merchants().find(MerchantFilter.live().page(0, 10_000)).stream()
                .filter(merchant -> !featuredIds.contains(merchant.id()))
                .map(merchant -> new TerritorySettingsView.ShopChoice(merchant.id().value(), merchant.name())).toList();

        QueryParams params = new QueryParams(ctx);
        int total = marketplace.territory().settingsHistorySize();
        int pageCount = Math.max(1, (total + HISTORY_PER_PAGE - 1) / HISTORY_PER_PAGE);
        int pageNumber = Math.min(params.integer("page", 1, 1, 100_000), pageCount);
        Map<String, String> people = new HashMap<>();
        List<TerritorySettingsView.HistoryRow> history = marketplace.territory()
                .settingsHistory((pageNumber - 1) * HISTORY_PER_PAGE, HISTORY_PER_PAGE).stream()
                .map(change -> historyRow(page, change, people, shop)).toList();

        ctx.status(status);
        PageFactory.render(ctx, "admin/territory.jte", new TerritorySettingsView(frame, frame.with(values::get), settings.version(),
                content.folder().source().describe(), languages, contact, featured, addable, TerritorySettings.MAX_FEATURED_SHOPS,
                history, total, Pager.of(pageNumber, pageCount, number -> AdminPaths.TERRITORY + "?page=" + number + "#historique")));
    }

    private List<TerritorySettingsView.TextField> homeFields(Page page, Language language, Map<String, String> saved) {
        var texts = page.i18n().in(language);
        Map<String, String> defaults = Map.of("heroTitle", texts.t(TerritoryContent.HERO_TITLE), "heroLead", texts.t(TerritoryContent.HERO_LEAD));
        return SettingsFields.HOME_TEXTS.stream().map(text -> {
            String field = TerritorySettings.homeField(language.code(), text);
            String hint = text.equals("announcementLink") ? page.t("bo.admin.territory.hint.link")
                    : defaults.containsKey(text) ? defaultHint(page, defaults.get(text)) : page.t("bo.admin.territory.hint.announcement");
            return new TerritorySettingsView.TextField(field, "territory-" + language.code() + "-" + text,
                    page.t("bo.admin.territory.field." + text), hint, "text", SettingsFields.limit(field), saved.containsKey(field));
        }).toList();
    }

    private static String defaultHint(Page page, String folderText) {
        return folderText.isEmpty() ? page.t("bo.admin.territory.hint.noDefault") : page.t("bo.admin.territory.hint.default", folderText);
    }

    private TerritorySettingsView.HistoryRow historyRow(Page page, SettingChange change, Map<String, String> people,
                                                        Function<Long, Optional<Merchant>> shop) {
        boolean shops = change.field().equals(TerritorySettings.FEATURED_SHOPS);
        Function<Optional<String>, String> value = text -> text.map(set -> shops ? shopNames(set, shop) : set)
                .orElse(page.t(shops ? "bo.admin.territory.history.none" : "bo.admin.territory.history.default"));
        return new TerritorySettingsView.HistoryRow(Formats.dateTime(page, change.at()), Formats.iso(page, change.at()),
                people.computeIfAbsent(change.actor().toString(), actor -> who(change.actor())), SettingsFields.label(page, change.field()),
                value.apply(change.before()), value.apply(change.after()));
    }

    private static String shopNames(String ids, Function<Long, Optional<Merchant>> shop) {
        return Arrays.stream(ids.split(",")).map(Long::parseLong)
                .map(id -> shop.apply(id).map(Merchant::name).orElse("#" + id)).collect(Collectors.joining(", "));
    }

    private String who(Actor actor) {
        if (!actor.type().equals(Actor.ACCOUNT)) {
            return actor.toString();
        }
        long id = Long.parseLong(actor.id());
        return marketplace.accounts().account(new AccountId(id)).map(account -> account.displayName() + " · " + account.email())
                .orElse("#" + id);
    }
}
