package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.Optional;

/**
 * The territory's charter, versioned. A shop accepts the current version before going live. Publishing a new version
 * asks every shop to accept it again: shops not yet live (or suspended) cannot go live until they do; live shops stay
 * live and see a "to do" item on their checklist.
 */
public interface Charters {

    /** The latest version, if a charter was ever published. */
    Optional<CharterVersion> current();

    Optional<CharterVersion> version(int version);

    /**
     * Publishes a new version (territory admins).
     *
     * @throws InvalidInputException {@code invalid_title} (1 to 200 characters), {@code invalid_body} (1 to 100 000)
     */
    CharterVersion publish(String title, String body, Actor actor);

    /**
     * The shop accepts a version, through a staff member who read it; accepting again changes nothing.
     *
     * @param version the version the person read
     * @throws ConflictException {@code charter_outdated} when that version is no longer the current one (show the new one);
     *         {@code no_charter} when none is published
     */
    CharterAcceptance accept(MerchantId shop, int version, Actor staff);

    /** The shop's acceptance of the most recent version it accepted (staff of the shop or admins). */
    Optional<CharterAcceptance> latestAcceptance(MerchantId shop, Actor actor);
}
