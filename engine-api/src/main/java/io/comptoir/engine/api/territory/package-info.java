/** The communes and intercommunalities a marketplace serves. */
package io.comptoir.engine.api.territory;
