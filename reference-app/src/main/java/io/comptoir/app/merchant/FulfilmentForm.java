package io.comptoir.app.merchant;

import java.util.Set;

/** The fulfilment form as typed: the amounts as text, the communes as INSEE codes. */
public record FulfilmentForm(boolean clickAndCollect, boolean delivery, String fee, String freeFrom, Set<String> communes) {
    public FulfilmentForm {
        communes = Set.copyOf(communes);
    }
}
