package io.comptoir.app.web;

import static java.util.Objects.requireNonNull;

/**
 * Turns site paths into the links the API hands out: absolute when the public address is configured
 * ({@code PUBLIC_URL}), else relative to the server the client called.
 */
public final class Links {
    private final String baseUrl;

    /** @param baseUrl the public address without trailing slash, or an empty text */
    public Links(String baseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl is null");
        if (baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must not end with a slash: " + baseUrl);
        }
    }

    public String to(String path) {
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
