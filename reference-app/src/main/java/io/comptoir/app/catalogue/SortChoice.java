package io.comptoir.app.catalogue;

import io.comptoir.engine.api.search.SortOrder;

import java.util.Optional;

/** The orders shoppers can choose, with their French parameter values. */
public enum SortChoice {
    RELEVANCE("pertinence", SortOrder.RELEVANCE),
    PRICE_ASC("prix-croissant", SortOrder.PRICE_ASC),
    PRICE_DESC("prix-decroissant", SortOrder.PRICE_DESC),
    NEWEST("nouveautes", SortOrder.NEWEST);

    private final String parameter;
    private final SortOrder order;

    SortChoice(String parameter, SortOrder order) {
        this.parameter = parameter;
        this.order = order;
    }

    public String parameter() {
        return parameter;
    }

    public SortOrder order() {
        return order;
    }

    /** The bundle key of its label. */
    public String labelKey() {
        return "sort." + parameter;
    }

    public static Optional<SortChoice> fromParameter(String text) {
        for (SortChoice choice : values()) {
            if (choice.parameter.equals(text)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
