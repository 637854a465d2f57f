package sahelsim.model;

/** The named phases of a simulated day, in schedule order. */
public enum Phase {
    /** Dated scenario events, withdrawals, arrivals, coalition triggers. */
    TIMELINE,
    /** Garrison supply, morale, abandonment; convoys; blockades. */
    GARRISONS,
    /** Commands plan; armed units move and act on their missions. */
    UNITS,
    /** Civilians: fear, flight and return, violence against them, recruitment, growth. */
    CIVILIANS,
    /** Battles are fought, influence and control zones resolved, towns change hands. */
    RESOLUTION,
    /** The observer records the day. */
    OBSERVATION;

    /** The MASON schedule ordering of the phase. */
    public int ordering() {
        return ordinal();
    }
}
