/** Domain events, the transactional outbox they go through, and the SPI of their listeners. */
package io.comptoir.engine.api.event;
