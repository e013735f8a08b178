package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;
import java.util.Set;

/**
 * E-learning and progress. A shop's staff member learns <em>for</em> a shop: what they complete counts for that shop,
 * and a module is complete for a shop as soon as one of its staff completed it there. Prerequisites are the shop's: a
 * module opens once the shop has completed the modules it needs (the team learns together).
 *
 * <p>Only modules of published courses are visible ({@link NotFoundException} otherwise, except to admins reading).
 * Learning needs a person who is staff of the shop ({@link AccessDeniedException} otherwise); reading a shop's
 * progress needs its staff or an admin.
 */
public interface Learning {

    /** The module as the shop sees it: safe HTML, quiz without answers, state. */
    ModulePage modulePage(ModuleId module, MerchantId shop, Actor actor);

    /**
     * Completes a module that has no quiz, once read.
     *
     * @throws ConflictException {@code quiz_required} when the module has a quiz; {@code prerequisites_not_met} with
     *         the missing modules' titles as details
     */
    Completion completeReading(ModuleId module, MerchantId shop, Actor learner);

    /**
     * Marks a quiz attempt (every attempt is recorded); passing completes the module.
     *
     * @param answers for each question in order, the indexes of the chosen choices
     * @throws InvalidInputException {@code invalid_answers} when there is not one valid answer per question (nothing is
     *         recorded)
     * @throws ConflictException {@code no_quiz}, {@code prerequisites_not_met}
     */
    QuizOutcome submitQuiz(ModuleId module, MerchantId shop, List<Set<Integer>> answers, Actor learner);

    /** Every published course for the shop, with who did what. */
    ShopProgress progress(MerchantId shop, Actor actor);
}
