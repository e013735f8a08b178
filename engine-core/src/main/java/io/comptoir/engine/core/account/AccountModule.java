package io.comptoir.engine.core.account;

import com.google.inject.AbstractModule;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.core.mail.MailerSelection;
import io.comptoir.engine.core.mail.OutboxMailer;

import java.util.Map;

/** Guice wiring of accounts, sessions and mail, tuned by the engine's {@code accounts.*} properties. */
public final class AccountModule extends AbstractModule {
    private final AccountSettings settings;

    public AccountModule(Map<String, String> properties) {
        this.settings = AccountSettings.from(properties);
    }

    @Override
    protected void configure() {
        bind(AccountSettings.class).toInstance(settings);
        bind(AccountDirectory.class).to(AccountService.class);
        bind(SessionStore.class).to(DatabaseSessionStore.class);
        bind(MailOutbox.class).to(OutboxMailer.class);
        bind(Mailer.class).to(MailerSelection.class);
    }
}
