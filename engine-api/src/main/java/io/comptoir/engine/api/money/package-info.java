/** Money as whole minor units of a currency; never a floating-point number. */
package io.comptoir.engine.api.money;
