package io.comptoir.app.feature;

import io.comptoir.app.web.SiteLink;
import io.comptoir.app.web.backoffice.BackOfficeShell;
import io.comptoir.app.web.backoffice.NavEntry;
import io.comptoir.app.web.openapi.OpenApiSection;
import io.javalin.config.RoutesConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the marketplace's web application, in one package and one template folder: its pages and JSON API, the
 * entries it adds to the back-offices' navigation and to the shopper site's menu and footer, its part of
 * {@code /openapi.json}, its texts and the roles it brings (as a Jenkins plugin contributes its pages and its menu
 * entry). The engine's areas are features (the catalogue, accounts, shopping, the merchant and territory back-offices,
 * operations), and so is the web side of each plugin. {@code MarketplaceApp} builds the web kit once, then asks each
 * feature of {@code Features} that runs for its contributions.
 *
 * <p>Every method but {@link #name()} and {@link #register} has a default, so a feature says only what it adds.
 */
public interface WebFeature {

    /** Stable, lower case: names the feature in {@code DISABLED_FEATURES} and in the logs, e.g. {@code vouchers}. */
    String name();

    /**
     * Whether a territory may leave the feature out ({@code DISABLED_FEATURES}): a plugin's web side may be (a territory
     * without a voucher programme), the engine's areas may not.
     */
    default boolean optional() {
        return plugin().isPresent();
    }

    /** The id of the engine plugin whose web side this feature is ({@code vouchers}): left out with the feature. */
    default Optional<String> plugin() {
        return Optional.empty();
    }

    /** Whether the feature can run on this marketplace: a plugin's web side runs where the plugin runs. */
    default boolean runsOn(Marketplace marketplace) {
        return true;
    }

    /**
     * The base name of its message bundle ({@code _fr} and {@code _en}), kept in its template folder; a feature without
     * texts answers empty.
     */
    default Optional<String> messages() {
        return Optional.of(getClass().getPackageName() + ".messages");
    }

    /** The folder of {@code src/main/jte} its templates live in (and its texts). */
    default String templates() {
        return name();
    }

    /** The roles it brings beyond the engine's own (a plugin's), with what the territory's back-office asks of their scope. */
    default List<FeatureRole> roles() {
        return List.of();
    }

    /** The back-offices it owns (a point of sale's, a trainer's), beyond the merchant's and the territory's. */
    default List<BackOfficeShell> backOffices(Marketplace marketplace) {
        return List.of();
    }

    /** Its entries in the back-offices' navigation, whoever owns them. */
    default List<NavEntry> navigation(Marketplace marketplace) {
        return List.of();
    }

    /** Its links in the shopper site's header menu and footer. */
    default List<SiteLink> siteLinks() {
        return List.of();
    }

    /**
     * Its addresses that need no CSRF token: JSON API calls that set no cookie and grant nothing a visitor could not do
     * openly (a sign-in answering a bearer token, a public balance check). Every other unsafe request carries one.
     */
    default List<String> csrfExempt() {
        return List.of();
    }

    /**
     * Other sites its forms lead the browser to, as origins ({@code https://host[:port]}): a payment provider's hosted
     * page a checkout redirects to, for instance. The site's content security policy lets forms lead only to the site
     * itself and to these; a browser refuses any other redirect a form leads to.
     */
    default List<String> formTargets(Marketplace marketplace) {
        return List.of();
    }

    /** Its part of {@code /openapi.json}, which must describe exactly the API routes it registers. */
    default List<OpenApiSection> openApi() {
        return List.of();
    }

    /**
     * Engine properties its plugin needs from the web application, such as the address of a page the plugin's mails
     * link to.
     *
     * @param siteAddress the site's address, without a trailing slash (the public address, else the local port)
     */
    default Map<String, String> engineProperties(String siteAddress) {
        return Map.of();
    }

    /** The demo data of its plugin, loaded after the territory's base seeds into a marketplace where it holds nothing. */
    default Optional<DemoSeed> demoSeed(Marketplace marketplace) {
        return Optional.empty();
    }

    /** Registers its routes (and the handlers of its own exceptions) with the web kit's help. */
    void register(RoutesConfig routes, FeatureContext context);

    /** Releases what {@link #register} started (a queue, a thread), when the application stops. */
    default void close() {
    }
}
