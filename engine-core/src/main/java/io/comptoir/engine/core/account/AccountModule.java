package io.comptoir.engine.core.account;

import com.google.inject.AbstractModule;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.SessionStore;
import io.comptoir.engine.api.mail.MailOutbox;
import io.comptoir.engine.api.mail.MailTransport;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.core.mail.MailDelivery;
import io.comptoir.engine.core.mail.MailSettings;
import io.comptoir.engine.core.mail.MailerSelection;
import io.comptoir.engine.core.mail.OutboxMailer;

import java.util.Map;
import java.util.Optional;

/** Guice wiring of accounts, sessions and mail, tuned by the engine's {@code accounts.*} and {@code mail.*} properties. */
public final class AccountModule extends AbstractModule {
    private final AccountSettings settings;
    private final MailDelivery mail;

    public AccountModule(Map<String, String> properties) {
        this(properties, Optional.empty());
    }

    /** @param transport what sends the mail outbox; empty to keep messages in it only */
    public AccountModule(Map<String, String> properties, Optional<MailTransport> transport) {
        this.settings = AccountSettings.from(properties);
        this.mail = new MailDelivery(transport, MailSettings.from(properties));
    }

    @Override
    protected void configure() {
        bind(AccountSettings.class).toInstance(settings);
        bind(AccountDirectory.class).to(AccountService.class);
        bind(SessionStore.class).to(DatabaseSessionStore.class);
        bind(MailDelivery.class).toInstance(mail);
        bind(MailOutbox.class).to(OutboxMailer.class);
        bind(Mailer.class).to(MailerSelection.class);
    }
}
