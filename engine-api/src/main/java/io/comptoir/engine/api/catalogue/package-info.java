/** The catalogue: category tree, products, their variants, prices and stock. */
package io.comptoir.engine.api.catalogue;
