package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOfficeFrame;
import io.comptoir.app.web.backoffice.Badge;

import java.util.List;
import java.util.Optional;

/**
 * A shop's way to the marketplace: its checklist, what blocks going live, the charter to accept, its membership.
 *
 * @param charter the current charter, when one is published
 * @param membership this month's membership, in words
 */
public record OnboardingView(BackOfficeFrame frame, Badge status, List<ChecklistRow> checklist, long blocking, boolean canAskToGoLive,
                             boolean live, Optional<Charter> charter, Membership membership, String goLiveUrl, String charterUrl) {
    public OnboardingView {
        checklist = List.copyOf(checklist);
    }

    /** @param html the charter rendered safely by the plugin */
    public record Charter(int version, String title, String html, Optional<String> acceptedOn, boolean acceptedCurrent) {
    }

    /** @param waiverUntil "abonnement offert jusqu'au ..." when a waiver is in force */
    public record Membership(Badge state, String month, Optional<String> price, Optional<String> due, Optional<String> waiverUntil) {
    }
}
