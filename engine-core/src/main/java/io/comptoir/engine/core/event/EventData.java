package io.comptoir.engine.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/** The text form of an event's data: a JSON object of strings, keys sorted so that the stored text is stable. */
final class EventData {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private EventData() {
    }

    static String write(Map<String, String> data) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(data));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event data", e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return MAPPER.readValue(json, MAP);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not a JSON object of strings: " + json, e);
        }
    }
}
