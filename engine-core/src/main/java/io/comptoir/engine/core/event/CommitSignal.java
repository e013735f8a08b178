package io.comptoir.engine.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Told by the engine's services after each committed write, so that what follows the database on this node (the
 * search index, the event dispatcher) catches up at once instead of at its next poll.
 *
 * <p>Two ways to tell: {@link #committed()} returns once every follower has caught up, for writes whose author reads
 * them back through a follower (a shop edits a product, then searches for it); {@link #committedInBackground()} only
 * wakes the followers, for writes nobody reads through them at once (orders, payments, accounts), so that a burst of
 * checkouts does not queue behind the search index.
 */
public final class CommitSignal {
    private final List<Runnable> catchUps = new CopyOnWriteArrayList<>();
    private final List<Runnable> wakes = new CopyOnWriteArrayList<>();

    /** @param catchUp applies what was committed before the call, in the caller's thread
     *  @param wake asks the follower to catch up soon, in its own thread, without waiting */
    public void onCommit(Runnable catchUp, Runnable wake) {
        catchUps.add(catchUp);
        wakes.add(wake);
    }

    public void committed() {
        for (Runnable catchUp : catchUps) {
            catchUp.run();
        }
    }

    public void committedInBackground() {
        for (Runnable wake : wakes) {
            wake.run();
        }
    }
}
