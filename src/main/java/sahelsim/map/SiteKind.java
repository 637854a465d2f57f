package sahelsim.map;

/** What a place where people who flee can stay is, beside the map's towns. */
public enum SiteKind {
    /** A Malian city off the map (the capital), a host of displaced people. */
    CITY,
    /** A refugee camp or hosting area across Mali's border. */
    CAMP
}
