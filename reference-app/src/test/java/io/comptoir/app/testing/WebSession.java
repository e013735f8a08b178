package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One visitor's browser, without JavaScript: a cookie jar, pages fetched and forms posted over real HTTP, redirects not
 * followed (tests look at them). {@link #submit} posts a form of a page with the values it holds, like a browser.
 */
public final class WebSession {
    private final java.util.function.Function<String, URI> market;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public WebSession(TestMarketplace market) {
        this(market::uri);
    }

    /** A browser on any running app, given how its paths become addresses. */
    public WebSession(java.util.function.Function<String, URI> uris) {
        this.market = uris;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(market.apply(path)).GET());
    }

    /** Follows redirects of a GET to the final page. */
    public HttpResponse<String> follow(String path) {
        HttpResponse<String> response = get(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            response = get(location(response));
        }
        return response;
    }

    public static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Posts form fields as a browser would (names and values alternate). */
    public HttpResponse<String> post(String path, String... namesAndValues) {
        Map<String, java.util.List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return postFields(path, fields, Optional.empty());
    }

    public HttpResponse<String> postFields(String path, Map<String, java.util.List<String>> fields, Optional<String> referer) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, values) -> values.forEach(value -> body.add(encode(name) + "=" + encode(value))));
        HttpRequest.Builder request = HttpRequest.newBuilder(market.apply(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        referer.ifPresent(value -> request.header("Referer", value));
        return send(request);
    }

    /**
     * Submits the form matched by {@code selector} on the page as a browser would: its hidden and filled fields, the
     * checked radios, the selected options, then {@code overrides} (name, value pairs; a value replaces the field's)
     * and the button {@code button} (a "name=value" text) if given.
     */
    public HttpResponse<String> submit(Document page, String selector, String button, String... overrides) {
        Element form = page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on " + page.location());
        }
        Map<String, java.util.List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            if (input.hasAttr("disabled") || type.equals("submit")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            String value;
            if (input.tagName().equals("select")) {
                Element selected = Optional.ofNullable(input.selectFirst("option[selected]")).orElse(input.selectFirst("option:not([disabled])"));
                value = selected == null ? "" : selected.attr("value");
            }
            else {
                value = input.tagName().equals("textarea") ? input.text() : input.attr("value");
            }
            fields.computeIfAbsent(input.attr("name"), k -> new java.util.ArrayList<>()).add(value);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], new java.util.ArrayList<>(java.util.List.of(overrides[i + 1])));
        }
        if (button != null) {
            String[] pair = button.split("=", 2);
            fields.put(pair[0], new java.util.ArrayList<>(java.util.List.of(pair[1])));
        }
        String action = form.attr("action");
        return postFields(action.isEmpty() ? URI.create(page.location()).getPath() : action, fields, Optional.of(page.location()));
    }

    public HttpResponse<String> json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(market.apply(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst();
    }

    /** Every cookie in the jar, as a {@code Cookie} header carries them (for requests written by hand). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Puts a cookie in the jar, e.g. a session token taken from another session. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(market.apply("/"), cookie);
    }

    /** The CSRF token this visitor's forms carry, read from a page with a form. */
    public String csrfToken() {
        HttpResponse<String> account = get("/mon-compte");
        Document page = page(account.statusCode() == 200 ? account : get("/connexion"));
        return page.selectFirst("input[name=_csrf]").attr("value");
    }

    /** Adds to the cart as the product page's form does. */
    public HttpResponse<String> addToCart(long variantId, int quantity) {
        HttpResponse<String> added = post("/panier/ajouter", "_csrf", csrfToken(), "variantId", Long.toString(variantId),
                "quantity", Integer.toString(quantity));
        if (added.statusCode() != 303 || !location(added).startsWith("/panier?ajout=")) {
            throw new AssertionError("add answered " + added.statusCode() + " " + added.headers().firstValue("Location").orElse(""));
        }
        return added;
    }

    /** Registers through the registration page; the visitor is then signed in. */
    public HttpResponse<String> register(String name, String email, String password) {
        Document form = page(get("/inscription"));
        return submit(form, "form[action=/inscription]", null, "displayName", name, "email", email, "password", password,
                "passwordConfirm", password);
    }

    /** Signs in through the sign-in page. */
    public HttpResponse<String> signIn(String email, String password) {
        Document form = page(get("/connexion"));
        return submit(form, "form[action=/connexion]", null, "email", email, "password", password);
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + response.statusCode()));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return TestMarketplace.json(response);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
