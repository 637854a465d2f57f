package sahelsim.model;

/**
 * Something that happened, for the event log: who did it to whom, where, and who died.
 *
 * @param day             the schedule step
 * @param actor1          the faction that acted (index), or -1
 * @param actor2          the faction acted upon (index), {@link #CIVILIANS}, or -1
 * @param cell            where (grid cell)
 * @param town            the town it happened at or nearest to (index)
 * @param actor1Deaths    fighters of actor1 killed
 * @param actor2Deaths    fighters of actor2 killed (0 when actor2 is civilians)
 * @param civilianDeaths  civilians killed
 */
public record ModelEvent(long day, EventKind kind, int actor1, int actor2, int cell, int town, int actor1Deaths,
                         int actor2Deaths, int civilianDeaths, String notes) {

    /** actor2 when the victims are civilians. */
    public static final int CIVILIANS = -2;

    public int fatalities() {
        return actor1Deaths + actor2Deaths + civilianDeaths;
    }
}
