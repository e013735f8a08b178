/**
 * The communes and intercommunalities a marketplace serves, and the settings its team changes from the back-office
 * ({@link io.comptoir.engine.api.territory.TerritorySettings}), with their audit trail.
 */
package io.comptoir.engine.api.territory;
