package io.comptoir.app.training;

import io.comptoir.app.web.FormState;
import io.comptoir.app.web.Page;
import io.comptoir.engine.api.territory.Commune;

import java.util.List;

/** The public application form, with what was typed and the problems after a refusal. */
public record JoinView(Page page, FormState form, List<Commune> communes) {
    public JoinView {
        communes = List.copyOf(communes);
    }

    public boolean selected(Commune commune) {
        return commune.inseeCode().equals(form.valueOf("communeInsee"));
    }
}
