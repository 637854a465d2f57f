package sahelsim.model.agents;

/** What an armed unit has been sent to do. */
public enum Mission {
    /** Waiting for orders where it stands (and projecting influence there). */
    IDLE,
    /** Move into a rural district and stay, spreading influence. */
    EXPAND,
    /** Hit a post, take equipment and withdraw. */
    RAID,
    /** Assault a garrison to take its town. */
    ATTACK,
    /** Take an empty post. */
    OCCUPY,
    /** Hold the roads around a town. */
    BLOCKADE,
    /** Wait on a road for a convoy. */
    AMBUSH,
    /** Sweep a district held by hostile armed groups. */
    CLEAR,
    /** Join a friendly garrison. */
    REINFORCE,
    /** Stand by a friendly town under threat. */
    DEFEND,
    /** Rest at home and take in recruits. */
    RECRUIT,
    /** Fall back home after a defeat. */
    RETREAT;

    /** Missions that go after a hostile target. */
    public boolean offensive() {
        return this == RAID || this == ATTACK || this == BLOCKADE || this == AMBUSH || this == CLEAR
                || this == EXPAND || this == OCCUPY;
    }
}
