package io.comptoir.training.api;

/** How a module was completed. */
public enum CompletionVia {
    /** Read through a module that has no quiz. */
    READING,
    /** Passed the module's quiz. */
    QUIZ,
    /** Attended a workshop session of the module (marked present by the trainer or an admin). */
    WORKSHOP
}
