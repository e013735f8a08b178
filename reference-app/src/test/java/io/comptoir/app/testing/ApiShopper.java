package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.engine.api.account.AccountId;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** A shopper calling the JSON API with a bearer token, registered for the test. */
public final class ApiShopper {
    public static final String PASSWORD = "marais-audomarois-2026";

    public final WebSession http;
    public final String bearer;
    public final AccountId id;

    private ApiShopper(WebSession http, String bearer, AccountId id) {
        this.http = http;
        this.bearer = bearer;
        this.id = id;
    }

    /** Registers the e-mail in the engine and signs in over the API. */
    public static ApiShopper register(TestMarketplace market, String email) {
        AccountId id = market.engine.accounts().register(email, PASSWORD, "Client " + email).id();
        WebSession http = new WebSession(market);
        HttpResponse<String> login = http.json("POST", "/api/v1/auth/login",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        if (login.statusCode() != 200) {
            throw new AssertionError("login answered " + login.statusCode() + ": " + login.body());
        }
        return new ApiShopper(http, "Bearer " + TestMarketplace.json(login).get("token").asText(), id);
    }

    public HttpResponse<String> call(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = bearer;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.json(method, path, body, all);
    }

    public void add(long variantId, int quantity) {
        HttpResponse<String> response = call("POST", "/api/v1/cart/lines", "{\"variantId\": " + variantId + ", \"quantity\": " + quantity + "}");
        if (response.statusCode() != 200) {
            throw new AssertionError("add answered " + response.statusCode() + ": " + response.body());
        }
    }

    public HttpResponse<String> checkout(String key, String body) {
        return call("POST", "/api/v1/checkout", body, "Idempotency-Key", key);
    }

    public HttpResponse<String> checkout(String body) {
        return checkout(UUID.randomUUID().toString(), body);
    }

    /** Reads the order until it leaves PENDING_PAYMENT (the sandbox's webhook arrived), at most 15 s. */
    public JsonNode awaitSettled(long orderId) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> TestMarketplace.json(call("GET", "/api/v1/orders/" + orderId, null)),
                        order -> !order.get("status").asText().equals("PENDING_PAYMENT"));
    }
}
