package sahelsim.map;

/** What carries traffic along a route of the road graph. */
public enum RoadKind {
    ROAD,
    TRACK,
    /** A boat corridor on the Niger. */
    RIVER
}
