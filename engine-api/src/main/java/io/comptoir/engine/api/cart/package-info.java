/** Carts of guests and shoppers, re-checked against the catalogue at every read. */
package io.comptoir.engine.api.cart;
