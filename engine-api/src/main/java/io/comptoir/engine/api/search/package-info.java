/** French full-text product search with facets, and the SPI of the index behind it. */
package io.comptoir.engine.api.search;
