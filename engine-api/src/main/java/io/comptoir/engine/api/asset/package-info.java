/** Uploaded files (shop and product pictures) and the SPI of the store that keeps them. */
package io.comptoir.engine.api.asset;
