package io.comptoir.fakestripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request's parameters as Stripe's API takes them: form-encoded, nested with brackets
 * ({@code line_items[0][price_data][currency]=eur}, {@code metadata[order]=C-1}, {@code expand[0]=latest_charge}).
 */
final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                values.put(key, value);
            }
        }
        return new Params(values);
    }

    Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key));
    }

    String required(String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw ApiError.missing(key);
        }
        return value;
    }

    Optional<Long> number(String key) {
        return text(key).map(value -> {
            try {
                return Long.parseLong(value);
            }
            catch (NumberFormatException e) {
                throw ApiError.integer(key);
            }
        });
    }

    long requiredNumber(String key) {
        required(key);
        return number(key).orElseThrow();
    }

    /** The one-level map under {@code prefix}: {@code metadata[a]=1} gives {@code a=1}. */
    Map<String, String> map(String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        String start = prefix + "[";
        values.forEach((key, value) -> {
            if (key.startsWith(start) && key.endsWith("]") && key.indexOf('[', start.length()) < 0) {
                map.put(key.substring(start.length(), key.length() - 1), value);
            }
        });
        return map;
    }

    /** The values of a list: {@code expand[0]=a&expand[1]=b} or {@code expand[]=a}. */
    List<String> values(String prefix) {
        TreeMap<Integer, String> indexed = new TreeMap<>();
        List<String> unindexed = new ArrayList<>();
        values.forEach((key, value) -> {
            if (key.equals(prefix + "[]")) {
                unindexed.add(value);
            }
            else if (key.startsWith(prefix + "[") && key.endsWith("]") && key.substring(prefix.length() + 1, key.length() - 1).matches("\\d+")) {
                indexed.put(Integer.parseInt(key.substring(prefix.length() + 1, key.length() - 1)), value);
            }
        });
        List<String> all = new ArrayList<>(indexed.values());
        all.addAll(unindexed);
        return all;
    }

    /** The items of a list of objects: {@code line_items[0][quantity]=1} gives an item whose {@code quantity} is 1. */
    List<Params> items(String prefix) {
        TreeMap<Integer, Map<String, String>> items = new TreeMap<>();
        String start = prefix + "[";
        values.forEach((key, value) -> {
            if (!key.startsWith(start)) {
                return;
            }
            int close = key.indexOf(']', start.length());
            String index = key.substring(start.length(), close);
            String rest = key.substring(close + 1);
            if (!index.matches("\\d+") || !rest.startsWith("[")) {
                return;
            }
            int headEnd = rest.indexOf(']');
            String relative = rest.substring(1, headEnd) + rest.substring(headEnd + 1);
            items.computeIfAbsent(Integer.parseInt(index), i -> new LinkedHashMap<>()).put(relative, value);
        });
        return items.values().stream().map(Params::new).toList();
    }

    /** What two requests must share to be the same request under one idempotency key. */
    String fingerprint() {
        return new TreeMap<>(values).toString();
    }
}
