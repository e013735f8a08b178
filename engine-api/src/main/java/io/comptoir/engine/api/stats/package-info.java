/** Audience figures of the marketplace. */
package io.comptoir.engine.api.stats;
