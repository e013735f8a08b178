/**
 * The public surface of the Comptoir engine: value types, the services an embedding application calls and the
 * SPIs a plugin implements. Plain Java with no dependency, so that it stays stable and any plugin can use it.
 */
package io.comptoir.engine.api;
