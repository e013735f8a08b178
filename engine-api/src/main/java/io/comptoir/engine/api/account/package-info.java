/** Accounts, roles, sign-in and sessions. */
package io.comptoir.engine.api.account;
