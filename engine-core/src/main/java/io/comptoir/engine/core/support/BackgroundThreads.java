package io.comptoir.engine.core.support;

import static java.util.Objects.requireNonNull;

/** The engine's own background loops (feed follower, job scheduler, commit notifications): started and stopped alike. */
public final class BackgroundThreads {
    private static final long STOP_PATIENCE_MILLIS = 5000;

    private BackgroundThreads() {
    }

    /** Starts {@code body} in a daemon thread named {@code name}: it never keeps the JVM from exiting. */
    public static Thread start(String name, Runnable body) {
        Thread thread = new Thread(requireNonNull(body, "body is null"), requireNonNull(name, "name is null"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Interrupts the thread (when there is one) and waits up to five seconds for its loop to end. */
    public static void stop(Thread thread) {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(STOP_PATIENCE_MILLIS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
