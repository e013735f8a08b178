package io.comptoir.app.training;

import io.comptoir.app.admin.AdminPaths;

import java.util.Map;

/** The pipeline page: the figures and lists of the plugin's pipeline, commune names for the codes. */
public record PipelineView(TrainingFrame frame, TrainingAdminJson.Pipeline pipeline, Map<String, String> communes) {
    public PipelineView {
        communes = Map.copyOf(communes);
    }

    public String commune(String insee) {
        return communes.getOrDefault(insee, insee);
    }

    public String shopUrl(long id) {
        return AdminPaths.shop(id);
    }

    /** Required modules done in percent, rounded down (100 when nothing is required). */
    public int percent(TrainingAdminJson.ShopProgress shop) {
        return shop.requiredModules() == 0 ? 100 : shop.requiredModulesDone() * 100 / shop.requiredModules();
    }
}
