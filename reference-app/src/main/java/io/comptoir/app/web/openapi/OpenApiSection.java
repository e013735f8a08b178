package io.comptoir.app.web.openapi;

import java.util.Map;

/**
 * One feature's part of {@code /openapi.json}: its paths, schemas and tag. Each API feature (catalogue, accounts,
 * shopping, back-offices, plugins) describes itself in its own section, next to its routes.
 */
public interface OpenApiSection {

    /** The tags this section uses, in display order, with a description. */
    Map<String, String> tags();

    /** Adds the section's paths ({@code path -> method -> operation}) and schemas ({@code name -> schema}). */
    void describe(Map<String, Map<String, Object>> paths, Map<String, Object> schemas);
}
