package io.comptoir.app.merchant;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** The fulfilment options page; communes are grouped by intercommunality. */
public record FulfilmentView(BackOfficeFrame frame, FulfilmentForm form, List<Group> groups, String action) {
    public FulfilmentView {
        groups = List.copyOf(groups);
    }

    public record Group(String name, List<Choice> communes) {
        public Group {
            communes = List.copyOf(communes);
        }
    }

    public record Choice(String insee, String name, boolean checked) {
    }
}
