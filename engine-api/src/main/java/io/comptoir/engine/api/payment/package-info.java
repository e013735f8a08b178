/** Payments: the provider SPI, split tender, webhooks and the audit trail. */
package io.comptoir.engine.api.payment;
