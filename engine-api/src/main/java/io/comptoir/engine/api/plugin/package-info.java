/**
 * How a plugin joins the engine: {@link io.comptoir.engine.api.plugin.EnginePlugin}, discovered by
 * {@link java.util.ServiceLoader}, and the {@link io.comptoir.engine.api.plugin.PluginContext} it receives.
 */
package io.comptoir.engine.api.plugin;
