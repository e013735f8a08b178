package io.comptoir.engine.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The version of this API, for plugins to declare which engines they work with
 * ({@link io.comptoir.engine.api.plugin.EnginePlugin#engineApiVersions()}). It is {@code major.minor}: a minor version adds
 * (types, methods with defaults, events, data keys) and never breaks a plugin written for an earlier minor of the same
 * major; a major version may remove or change.
 */
public final class EngineApi {
    /**
     * This API's version. A compile-time constant: a plugin that writes {@code compatibleWith(EngineApi.VERSION)} records
     * the version it was compiled against, not the one it runs with.
     */
    public static final String VERSION = "1.4";

    private static final Pattern VERSION_PATTERN = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
    private static final Pattern RANGE = Pattern.compile("([\\[(])\\s*([0-9.]*)\\s*,\\s*([0-9.]*)\\s*([])])");

    private EngineApi() {
    }

    /**
     * The versions a plugin compiled against {@code version} works with: that one and the later minors of its major, e.g.
     * {@code [1.0,2.0)} for {@code 1.0}.
     */
    public static String compatibleWith(String version) {
        int[] parsed = parse(version);
        return "[" + version + "," + (parsed[0] + 1) + ".0)";
    }

    /**
     * Whether a version is in a range. A range is written as in Maven: {@code [1.0,2.0)} (from 1.0, below 2.0),
     * {@code [1.2,)} (1.2 and later), {@code [1.0,1.3]}, {@code (1.0,2.0)}, or a single {@code [1.1]}.
     *
     * @throws IllegalArgumentException when the range or the version is not written that way
     */
    public static boolean satisfies(String range, String version) {
        requireNonNull(range, "range is null");
        int[] actual = parse(version);
        String text = range.strip();
        if (text.matches("\\[[0-9.]+]")) {
            return compare(actual, parse(text.substring(1, text.length() - 1))) == 0;
        }
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches() || (matcher.group(2).isEmpty() && matcher.group(3).isEmpty())) {
            throw new IllegalArgumentException("not a version range such as [1.0,2.0): " + range);
        }
        if (!matcher.group(2).isEmpty()) {
            int lower = compare(actual, parse(matcher.group(2)));
            if (lower < 0 || (lower == 0 && matcher.group(1).equals("("))) {
                return false;
            }
        }
        if (!matcher.group(3).isEmpty()) {
            int upper = compare(actual, parse(matcher.group(3)));
            return upper < 0 || (upper == 0 && matcher.group(4).equals("]"));
        }
        return true;
    }

    private static int[] parse(String version) {
        requireNonNull(version, "version is null");
        Matcher matcher = VERSION_PATTERN.matcher(version.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a major.minor version: " + version);
        }
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
