package io.comptoir.training.api;

import java.io.InputStream;

/**
 * Loads a territory's training seeds ({@code training.json}: trainers, the charter, courses and modules, workshops,
 * applications and the shops in training at their stage) through the plugin's services, so that they pass the same
 * rules as any other write.
 */
public interface TrainingSeeds {

    /** What a load brought in. */
    record Summary(int trainers, int courses, int modules, int workshops, int applications, int shops, int completions, int bookings) {
    }

    /** Whether training seeds can be loaded: no course exists yet. */
    boolean isEmpty();

    /**
     * Loads the file into a marketplace without courses.
     *
     * @param password the password of the accounts the seeds open (trainers, shop staff without an account yet)
     */
    Summary load(InputStream trainingJson, String password);
}
