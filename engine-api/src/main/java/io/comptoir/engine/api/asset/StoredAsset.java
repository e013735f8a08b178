package io.comptoir.engine.api.asset;

import static java.util.Objects.requireNonNull;

/** The bytes of an asset with what a web layer needs to serve them. */
public record StoredAsset(String key, String contentType, byte[] content) {
    public StoredAsset {
        requireNonNull(key, "key is null");
        requireNonNull(contentType, "contentType is null");
        requireNonNull(content, "content is null");
    }
}
