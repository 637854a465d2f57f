package sahelsim.scenario;

/** Incumbent or insurgent side, for Kalyvas' control zones. */
public enum Side {
    GOVERNMENT, INSURGENT
}
