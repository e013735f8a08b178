package io.comptoir.app.web;

import io.javalin.http.Context;

import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The address of the client behind the request, for throttles (sign-in, voucher codes) and logs. Behind a reverse proxy
 * every request comes from the proxy, so one shopper's failed attempts would lock out everyone: when the peer is one of
 * the trusted proxies ({@code TRUSTED_PROXIES}), the client is the right-most address of {@code X-Forwarded-For} that is
 * not itself a trusted proxy. Addresses the client wrote further left are never believed, since anyone can send the header.
 */
public final class ClientAddress {
    private static final String ATTRIBUTE = ClientAddress.class.getName();

    private final Set<String> trustedProxies;

    public ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(requireNonNull(trustedProxies, "trustedProxies is null"));
    }

    /** Before every request: resolves the client's address once. */
    public void resolve(Context ctx) {
        ctx.attribute(ATTRIBUTE, of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")));
    }

    String of(String peer, String forwardedFor) {
        if (!trustedProxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || !isAddress(hop)) {
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static boolean isAddress(String text) {
        return text.length() <= 45 && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    /** The client's address as resolved for this request (the peer's when nothing resolved it). */
    public static String of(Context ctx) {
        String resolved = ctx.attribute(ATTRIBUTE);
        return resolved != null ? resolved : ctx.req().getRemoteAddr();
    }
}
