package io.comptoir.engine.core;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an embedding application chooses, and the side effects it gets when it does not. */
final class EngineBuilderChoicesTest {

    @TempDir
    Path temporary;

    private static EngineBuilder builder(TestDatabase db) {
        return Engine.builder().dataSource(db.dataSource()).searchIndex(new RecordingSearchIndex()).backgroundWork(false);
    }

    @EachDatabase
    void theSandboxCardRunsOnlyWhenChosen(TestDatabase db) {
        try (Engine engine = builder(db).build()) {
            assertThat(engine.payments().providers()).extracting(PaymentProvider::id).containsExactly("pay-at-pickup");
        }
        try (Engine engine = builder(db).builtInPaymentProviders(BuiltInPaymentProvider.SANDBOX_CARD, BuiltInPaymentProvider.PAY_AT_PICKUP).build()) {
            assertThat(engine.payments().providers()).extracting(PaymentProvider::id).containsExactlyInAnyOrder("pay-at-pickup", "sandbox-card");
        }
        try (Engine engine = builder(db).builtInPaymentProviders().build()) {
            assertThat(engine.payments().providers()).isEmpty();
        }
    }

    @EachDatabase
    void mailsGoThroughTheApplicationsMailerWhenItGivesOne(TestDatabase db) {
        List<Mail> sent = new CopyOnWriteArrayList<>();
        try (Engine engine = builder(db).mailer(sent::add).build()) {
            engine.mailer().send(new Mail("camille@example.org", "Bonjour", "Texte", "test"));
            assertThat(sent).extracting(Mail::to).containsExactly("camille@example.org");
            assertThat(engine.mailOutbox().latest(10)).isEmpty();
        }
        EnginePlugin mailing = new EnginePlugin() {
            @Override
            public String id() {
                return "mailing";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerMailer(mail -> { });
            }
        };
        assertThatThrownBy(() -> builder(db).mailer(sent::add).plugin(mailing).build())
                .hasMessageContaining("the application or another plugin already did");
    }

    @EachDatabase
    void withoutAMailerMailsStayInTheDatabaseOutbox(TestDatabase db) {
        try (Engine engine = builder(db).build()) {
            engine.mailer().send(new Mail("camille@example.org", "Bonjour", "Texte", "test"));
            assertThat(engine.mailOutbox().latest(10)).singleElement().satisfies(mail -> assertThat(mail.mail().subject()).isEqualTo("Bonjour"));
        }
    }

    @EachDatabase
    void thePictureFolderIsCreatedOnlyWhenAPictureIsStored(TestDatabase db) throws Exception {
        Path folder = temporary.resolve("pictures");
        try (Engine engine = builder(db).assetDirectory(folder).build()) {
            assertThat(folder).doesNotExist();
            String key = engine.assets().put("logo.png", "image/png", new byte[] {1, 2, 3});
            assertThat(Files.exists(folder.resolve(key))).isTrue();
        }
    }
}
