/**
 * Limits on attempts (sign-ins, voucher codes typed, balance checks) shared by every node of a deployment: the engine
 * keeps the counts in its database, and plugins use the same service rather than a table of their own.
 */
package io.comptoir.engine.api.throttle;
