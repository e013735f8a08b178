package io.comptoir.engine.core.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.Semaphore;

/**
 * Argon2id password hashes through password4j, in the PHC string format ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}),
 * which carries its own parameters: a hash made with older parameters still verifies.
 *
 * <p>Each hash takes {@code memory} KiB of heap for its duration; a semaphore bounds how many run at once.
 */
final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2Function function;
    private final Semaphore permits;
    private final String decoy;

    PasswordHasher(AccountSettings settings) {
        this.function = Argon2Function.getInstance(settings.argon2MemoryKib(), settings.argon2Iterations(),
                settings.argon2Parallelism(), HASH_BYTES, Argon2.ID);
        this.permits = new Semaphore(settings.maxConcurrentHashes(), true);
        this.decoy = hash(Secrets.newToken());
    }

    String hash(String password) {
        acquire();
        try {
            return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
        }
        finally {
            permits.release();
        }
    }

    boolean verify(String password, String hash) {
        Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
        acquire();
        try {
            return Password.check(password, hash).with(stored);
        }
        finally {
            permits.release();
        }
    }

    /**
     * Spends the time of a real check against a hash no password matches, so that an unknown e-mail answers as slowly
     * as a known one.
     */
    void verifyDecoy(String password) {
        verify(password, decoy);
    }

    /** Whether a stored hash was made with other parameters than today's, and should be replaced. */
    boolean isOutdated(String hash) {
        try {
            return !Argon2Function.getInstanceFromHash(hash).equals(function);
        }
        catch (RuntimeException e) {
            return true;
        }
    }

    private void acquire() {
        try {
            permits.acquire();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
    }
}
