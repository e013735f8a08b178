package io.comptoir.engine.core.order;

import io.comptoir.engine.api.error.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the order feed ended: the last order's creation instant and id (the feed's order, newest first), as an
 * opaque text for clients.
 */
record FeedCursor(Instant createdAt, long id) {

    static FeedCursor of(MerchantOrderRow row) {
        return new FeedCursor(row.createdAt(), row.id());
    }

    String text() {
        String plain = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws InvalidInputException {@code invalid_cursor} (field {@code after}) for a text this class did not make */
    static FeedCursor parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 3) {
                long id = Long.parseLong(parts[2]);
                int nanos = Integer.parseInt(parts[1]);
                if (id > 0 && nanos >= 0 && nanos < 1_000_000_000) {
                    return new FeedCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos), id);
                }
            }
        }
        catch (IllegalArgumentException | java.time.DateTimeException e) {
            // reported below
        }
        throw new InvalidInputException("after", "invalid_cursor", "not a cursor of this feed: '" + text + "'");
    }
}
