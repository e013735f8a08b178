package io.comptoir.engine.core.account;

import io.comptoir.engine.core.support.Tokens;

import java.util.regex.Pattern;

/** Random 256-bit tokens (URL-safe base64, 43 characters) and the SHA-256 under which the database keeps them. */
final class Secrets {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Secrets() {
    }

    static String newToken() {
        return Tokens.random(32);
    }

    /** Whether the text has the shape of a token this class makes; anything else cannot be a live token. */
    static boolean looksLikeToken(String text) {
        return text != null && TOKEN.matcher(text).matches();
    }

    static String sha256(String text) {
        return Tokens.sha256(text);
    }
}
