/** Shops: their profile, their life cycle, and the SPI that decides whether one may go live. */
package io.comptoir.engine.api.merchant;
