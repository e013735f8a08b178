/** Checkout, customer orders split into merchant orders, and their life cycle. */
package io.comptoir.engine.api.order;
