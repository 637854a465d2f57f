package sahelsim.scenario;

/** How far coalition members act together. */
public enum CoalitionLevel {
    /** Declared but inactive. */
    NONE,
    /** Members never fight each other and join each other's attacks. */
    TACTICAL,
    /** One Command plans for all members. */
    FULL
}
