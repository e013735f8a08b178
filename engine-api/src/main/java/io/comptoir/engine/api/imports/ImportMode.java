package io.comptoir.engine.api.imports;

/** Whether an import stores its lines or only checks them (the preview before confirming). */
public enum ImportMode {
    DRY_RUN, STORE
}
