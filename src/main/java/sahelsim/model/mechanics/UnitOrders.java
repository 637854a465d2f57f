package sahelsim.model.mechanics;

import sahelsim.model.agents.ArmedUnit;

/** What a faction's units do on the way to their target and once there: the faction decides, the movement asks. */
public interface UnitOrders {

    /** Whether a unit on the way should keep going: its target is still worth it. */
    boolean stillValid(ArmedUnit unit);

    /** A unit reached its target. */
    void arrive(ArmedUnit unit);

    /** A unit that has arrived keeps at its mission for a day, or ends it. */
    void stay(ArmedUnit unit);
}
