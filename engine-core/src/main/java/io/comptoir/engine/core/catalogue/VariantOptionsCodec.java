package io.comptoir.engine.core.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.engine.api.catalogue.VariantOption;

import java.util.List;

/** Variant options stored as text: a JSON array of {@code [name, value]} pairs, in order. */
public final class VariantOptionsCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {
    };

    private VariantOptionsCodec() {
    }

    public static String write(List<VariantOption> options) {
        try {
            return MAPPER.writeValueAsString(options.stream().map(option -> List.of(option.name(), option.value())).toList());
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<VariantOption> read(String text) {
        if (text.equals("[]")) {
            return List.of();   // most variants: no parsing for every cart line and product read
        }
        try {
            return MAPPER.readValue(text, PAIRS).stream().map(pair -> new VariantOption(pair.get(0), pair.get(1))).toList();
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variant options are not pairs: " + text, e);
        }
    }
}
