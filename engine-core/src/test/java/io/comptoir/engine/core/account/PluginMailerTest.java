package io.comptoir.engine.core.account;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.core.Engine;
import io.comptoir.engine.core.Fixtures;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.MovableClock;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.comptoir.engine.core.account.AccountTests.RESET_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

final class PluginMailerTest {

    @EachDatabase
    void aMailerRegisteredByAPluginSendsTheResetLinkInsteadOfTheOutbox(TestDatabase db) {
        List<Mail> relayed = new CopyOnWriteArrayList<>();
        Mailer smtp = relayed::add;
        EnginePlugin relay = new EnginePlugin() {
            @Override
            public String id() {
                return "smtp";
            }

            @Override
            public void initialize(PluginContext context) {
                context.registerMailer(smtp);
            }
        };
        try (Engine engine = AccountTests.builder(db, new MovableClock(Fixtures.START)).plugin(relay).build()) {
            AccountTests.claire(engine);

            engine.accounts().requestPasswordReset("claire.martin@example.org", RESET_PREFIX);

            assertThat(relayed).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("claire.martin@example.org");
                assertThat(mail.kind()).isEqualTo("password_reset");
                assertThat(mail.body()).contains(RESET_PREFIX);
            });
            assertThat(engine.mailOutbox().latest(10)).isEmpty();
            assertThat(engine.service(Mailer.class)).isSameAs(engine.mailer());
        }
    }
}
