package io.comptoir.engine.api.throttle;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * At most a number of attempts per subject (an IP address, an account, an e-mail) within a window that opens with the
 * subject's first attempt: once the subject has used them up, it waits until its window closes. Counting is one
 * guarded statement, so parallel attempts are all counted and never exceed the limit.
 */
public interface AttemptLimit {

    /**
     * Counts an attempt of the subject, unless it has used up its window: then nothing is counted. For attempts counted
     * before their outcome is known (a password checked after the count, so parallel guesses cannot all pass).
     *
     * @return how long the subject must wait, when it is refused
     */
    Optional<Duration> tryAttempt(String subject);

    /** Counts an attempt for each subject, whatever their counts: for failures counted after the fact (a wrong code). */
    void record(Collection<String> subjects);

    /** How long until every subject may try again: empty when none of them has used up its window. */
    Optional<Duration> refusal(Collection<String> subjects);

    /** Gives back an attempt that turned out not to count (a successful sign-in). */
    void giveBack(String subject);

    /** Forgets the subject's attempts (a successful sign-in starts the e-mail's count afresh). */
    void reset(String subject);
}
