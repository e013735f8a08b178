/**
 * The periodic jobs of a deployment (the engine's and the plugins'), as operators watch them: when each last succeeded and
 * failed, whatever node ran it.
 */
package io.comptoir.engine.api.schedule;
