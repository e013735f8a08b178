package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.MailTransport;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Whether the outbox is sent, through which transport, and how (given to the engine's builder). */
public record MailDelivery(Optional<MailTransport> transport, MailSettings settings) {
    public MailDelivery {
        requireNonNull(transport, "transport is null");
        requireNonNull(settings, "settings is null");
    }
}
