package io.comptoir.training.api;

import io.comptoir.engine.api.Actor;

import java.util.List;

/** The territory admins' reports (admins only). Membership has its own statement: {@code Memberships.statement}. */
public interface TrainingReports {

    OnboardingPipeline pipeline(Actor actor);

    /** Each published course, in order, with its modules' completion among onboarding and live shops. */
    List<CourseCompletion> completionRates(Actor actor);
}
