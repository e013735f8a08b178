/**
 * Outgoing mail: the {@link io.comptoir.engine.api.mail.Mailer} services send through, the outbox it keeps, and the
 * {@link io.comptoir.engine.api.mail.MailTransport} SPI that makes kept messages leave (SMTP, a mail API).
 */
package io.comptoir.engine.api.mail;
