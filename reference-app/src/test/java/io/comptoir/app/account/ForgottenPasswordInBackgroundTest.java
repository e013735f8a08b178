package io.comptoir.app.account;

import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.app.testing.Mailbox;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking for a password reset answers without waiting for the engine, so that how long the answer takes cannot tell
 * whether an address has an account. Proved without measuring time: the engine's {@code requestPasswordReset} is held
 * on a gate, and the API and the form answer all the same; the mail comes once the gate opens.
 */
// A safety net: a handler that waited for the engine would hang on the closed gate; the test then fails. No duration is asserted.
@Timeout(60)
final class ForgottenPasswordInBackgroundTest {
    private static final String PASSWORD = "marais-audomarois-2026";
    private static final String KNOWN = "iris@exemple.fr";
    private static final String UNKNOWN = "personne@exemple.fr";

    private TestDatabase database;
    private Engine engine;
    private MarketplaceApp app;
    /** Closed until the test opens it: every requestPasswordReset waits there. */
    private final CountDownLatch gate = new CountDownLatch(1);
    /** Addresses whose requestPasswordReset has begun (and waits at the gate). */
    private final BlockingQueue<String> entered = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        database = TestDatabase.h2();
        engine = TestMarketplace.engine(database, Optional.empty());
        engine.accounts().register(KNOWN, PASSWORD, "Iris");
        Marketplace real = TestMarketplace.marketplace(engine);
        Marketplace gated = new Marketplace(real.catalogue(), real.merchants(), real.territory(), real.search(), real.assets(), real.images(),
                gated(real.accounts()), real.privacy(), real.sessions(), real.carts(), real.checkout(), real.orders(), real.payments(), real.mailOutbox(),
                real.onboarding(), real.visits(), real.catalogueImport(), real.plugins(), real.clock(), real.zone());
        app = MarketplaceApp.create(gated, Optional.empty()).start(0);
    }

    @AfterEach
    void stop() {
        gate.countDown();
        try {
            if (app != null) {
                app.stop();
            }
        }
        finally {
            engine.close();
            database.close();
        }
    }

    /** The engine's directory, except that requestPasswordReset waits for the gate before running. */
    private AccountDirectory gated(AccountDirectory real) {
        return (AccountDirectory) Proxy.newProxyInstance(AccountDirectory.class.getClassLoader(), new Class<?>[] {AccountDirectory.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("requestPasswordReset")) {
                        entered.add((String) args[0]);
                        gate.await();
                    }
                    try {
                        return method.invoke(real, args);
                    }
                    catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private String nextEntered() throws InterruptedException {
        String email = entered.poll(30, TimeUnit.SECONDS);
        assertThat(email).as("the worker took a request").isNotNull();
        return email;
    }

    @Test
    void theApiAnswers202AtOnceForAKnownAndAnUnknownAddressAndTheMailFollows() throws InterruptedException {
        WebSession client = new WebSession(this::uri);
        HttpResponse<String> known = client.json("POST", "/api/v1/auth/password-reset", "{\"email\": \"" + KNOWN + "\"}");
        assertThat(known.statusCode()).isEqualTo(202);
        assertThat(nextEntered()).as("the engine works on the known address, held at the gate").isEqualTo(KNOWN);

        // The engine is still inside the first request and cannot leave it: this one waits in the queue, answered at once.
        HttpResponse<String> unknown = client.json("POST", "/api/v1/auth/password-reset", "{\"email\": \"" + UNKNOWN + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(unknown.headers().firstValue("Content-Type")).isEqualTo(known.headers().firstValue("Content-Type"));
        assertThat(engine.mailOutbox().sentTo(KNOWN, 10)).as("nothing sent while the engine is held").isEmpty();

        gate.countDown();
        String body = Mailbox.awaitPasswordReset(engine.mailOutbox(), KNOWN).mail().body();
        assertThat(body).contains("http://localhost:" + app.port() + "/reinitialiser-mot-de-passe?jeton=");
        assertThat(nextEntered()).as("the unknown address is handled after, and sends nothing").isEqualTo(UNKNOWN);
        assertThat(engine.mailOutbox().sentTo(UNKNOWN, 10)).isEmpty();
        assertThat(client.get("/metrics").body()).as("nothing dropped, and operators can see it")
                .contains("comptoir_password_reset_dropped_total 0.0", "comptoir_password_reset_failed_total 0.0", "comptoir_password_reset_queued ");
    }

    @Test
    void theFormAnswersTheSameAtOnceForAKnownAndAnUnknownAddressAndTheMailFollows() throws InterruptedException {
        WebSession visitor = new WebSession(this::uri);
        Document form = page(visitor.get(AccountPages.FORGOT));
        HttpResponse<String> known = visitor.submit(form, "form[action=" + AccountPages.FORGOT + "]", null, "email", KNOWN);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(nextEntered()).isEqualTo(KNOWN);

        HttpResponse<String> unknown = visitor.submit(form, "form[action=" + AccountPages.FORGOT + "]", null, "email", UNKNOWN);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(page(unknown).select(".alert--success").text()).isEqualTo(page(known).select(".alert--success").text())
                .startsWith("Si un compte existe pour cette adresse");
        assertThat(engine.mailOutbox().sentTo(KNOWN, 10)).isEmpty();

        gate.countDown();
        assertThat(Mailbox.awaitSentTo(engine.mailOutbox(), KNOWN, 1)).extracting(mail -> mail.mail().kind())
                .containsExactly("password_reset");
        assertThat(nextEntered()).isEqualTo(UNKNOWN);
    }
}
