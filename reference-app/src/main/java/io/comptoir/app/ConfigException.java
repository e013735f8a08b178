package io.comptoir.app;

import java.util.List;

/** The marketplace's configuration is not usable; the message names every problem: one line for one, a list for several. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(List<String> problems) {
        super(problems.size() == 1 ? "invalid configuration: " + problems.get(0)
                : "invalid configuration:\n  - " + String.join("\n  - ", problems));
    }
}
