/** Errors the engine reports, each with a stable code; a web layer maps them to 400, 404 and 409. */
package io.comptoir.engine.api.error;
