package io.comptoir.engine.api.schedule;

import java.util.List;

/**
 * The periodic jobs this node schedules (the engine's and those of plugins, see
 * {@link io.comptoir.engine.api.plugin.PluginContext#scheduleJob}), with their health across the deployment. A job survives
 * any failure of a run: it runs again at its next turn, and the failure shows here.
 */
public interface ScheduledJobs {

    /** Every job, by name. */
    List<JobStatus> statuses();

    /** Whether this node's scheduler is running (false when the engine was built without background work). */
    boolean runningHere();
}
