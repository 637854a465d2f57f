package sahelsim.model.mechanics;

import sahelsim.model.agents.ArmedUnit;

/** Where a beaten or cut-off unit goes to rest: its faction decides, the mechanics that beat it ask. */
@FunctionalInterface
public interface Retreats {

    /** Sends a unit home to rest and recruit. */
    void retreat(ArmedUnit unit);
}
