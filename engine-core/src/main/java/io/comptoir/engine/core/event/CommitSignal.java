package io.comptoir.engine.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Told by the engine's services after each committed write, so that what follows the database on this node (the
 * search index, the event dispatcher) catches up at once instead of at its next poll.
 */
public final class CommitSignal {
    private final List<Runnable> followers = new CopyOnWriteArrayList<>();

    public void onCommit(Runnable follower) {
        followers.add(follower);
    }

    public void committed() {
        for (Runnable follower : followers) {
            follower.run();
        }
    }
}
