package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

/**
 * Completion certificates, one per course and person: a staff member who completed every module of a published course
 * for the shop (by reading, quiz or workshop) gets a PDF naming them, the shop, the course and the date. The shop's staff
 * and admins may list and download them.
 */
public interface Certificates {

    /** The certificates the shop's people have earned, by course then name. */
    List<Certificate> earned(MerchantId shop, Actor actor);

    /**
     * The PDF of one certificate.
     *
     * @throws NotFoundException for an unknown course or account
     * @throws AccessDeniedException when the person is neither on the shop's staff nor learnt anything for it (nor is the
     *         actor staff of the shop or an admin)
     * @throws ConflictException {@code course_not_completed} when the person has not completed every module of the course
     *         for the shop
     */
    CertificatePdf certificate(CourseId course, MerchantId shop, AccountId person, Actor actor);
}
