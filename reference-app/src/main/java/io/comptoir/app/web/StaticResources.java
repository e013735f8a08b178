package io.comptoir.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own static files (style sheet, pictures), served under {@link #HOSTED_PATH} from the classpath
 * folder {@link #CLASSPATH_DIRECTORY}. Their URLs carry a fingerprint of the content, so browsers may cache them
 * for a year and still get a new version as soon as it is deployed.
 */
public final class StaticResources {
    public static final String HOSTED_PATH = "/static";
    public static final String CLASSPATH_DIRECTORY = "/public";
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** The fingerprinted URL of a file, e.g. {@code /static/app.css?v=3fa41c0b9d}. */
    public String url(String file) {
        return urls.computeIfAbsent(file, name -> HOSTED_PATH + "/" + name + "?v=" + fingerprint(name));
    }

    private static String fingerprint(String file) {
        try (InputStream in = StaticResources.class.getResourceAsStream(CLASSPATH_DIRECTORY + "/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no static file " + file);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
