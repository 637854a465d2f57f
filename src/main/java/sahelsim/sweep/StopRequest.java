package sahelsim.sweep;

/**
 * A request from outside a sweep, such as a cluster's warning that a task's time is nearly up, to stop before its
 * runs are all done. Asked once, the sweep takes no more runs and lets those in flight finish; asked to abandon,
 * it also drops the runs in flight, writing nothing of them, so that the logs hold only whole runs either way and a
 * later start resumes where this one stopped.
 */
public final class StopRequest {

    private volatile String reason;
    private volatile boolean abandon;

    /** Takes no more runs; the runs in flight finish and are written. */
    public synchronized void finishInFlight(String why) {
        if (reason == null) {
            reason = why;
        }
    }

    /** Takes no more runs and drops those in flight at once. */
    public synchronized void abandonInFlight(String why) {
        finishInFlight(why);
        abandon = true;
    }

    public boolean requested() {
        return reason != null;
    }

    public boolean abandoned() {
        return abandon;
    }

    /** What asked the sweep to stop, or null. */
    public String reason() {
        return reason;
    }
}
