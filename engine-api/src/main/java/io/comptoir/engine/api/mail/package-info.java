/** Outgoing mail and the SPI of the mailer that sends it. */
package io.comptoir.engine.api.mail;
