package io.comptoir.app.vouchers;

import io.comptoir.app.web.backoffice.BackOfficeFrame;

import java.util.List;

/** The points of sale an account may open. */
public record ChooserView(BackOfficeFrame frame, List<Place> places) {

    public record Place(String name, String address, String url, boolean active) {
    }
}
