package io.comptoir.engine.core;

import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;

/** Roles a plugin adds, as the vouchers and training plugins add theirs: for tests of scoped and plugin roles. */
public final class PluginRoles implements EnginePlugin {
    public static final Role POINT_OF_SALE = new Role("POINT_OF_SALE", true);
    /** The points of sale this plugin knows: 1 to this. */
    public static final long POINTS_OF_SALE = 999;
    public static final Role TRAINER = new Role("TRAINER", false);

    @Override
    public void initialize(PluginContext context) {
        context.registerRole(POINT_OF_SALE, id -> id <= POINTS_OF_SALE);
        context.registerRole(TRAINER);
    }
}
