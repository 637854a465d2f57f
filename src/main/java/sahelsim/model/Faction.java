package sahelsim.model;

import sahelsim.scenario.Behaviour;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Side;

/**
 * A faction during a run: its declared data, its pool of recruits waiting to be formed into units, and whether
 * the scenario (or a lever) has taken it off the map.
 */
public final class Faction {

    private final int index;
    private final FactionSpec spec;
    private double recruitPool;
    private double recruitsTotal;
    private boolean withdrawn;

    Faction(int index, FactionSpec spec) {
        this.index = index;
        this.spec = spec;
    }

    public int index() {
        return index;
    }

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    public FactionSpec spec() {
        return spec;
    }

    public FactionKind kind() {
        return spec.kind();
    }

    public Side side() {
        return spec.side();
    }

    public Behaviour behaviour() {
        return spec.behaviour();
    }

    public boolean insurgent() {
        return spec.side() == Side.INSURGENT;
    }

    /** An armed group (rebels, jihadists or militias): recruits from the population. */
    public boolean armedGroup() {
        return spec.kind() == FactionKind.REBEL || spec.kind() == FactionKind.JIHADIST
                || spec.kind() == FactionKind.MILITIA;
    }

    /**
     * Sent from abroad: foreign forces and contractors. They neither live among the people nor recruit from them,
     * so civilians hold no affinity for them (massacres, targeted killings and drift leave it at 0), and their
     * strength changes only as the scenario says (arrival, reinforcements, withdrawal) and in battle, never by
     * recruits.
     */
    public boolean expeditionary() {
        return spec.kind() == FactionKind.FOREIGN || spec.kind() == FactionKind.CONTRACTOR;
    }

    /** Depends on road convoys for supply: the state and its contractors. */
    public boolean suppliedByConvoy() {
        return spec.kind() == FactionKind.STATE || spec.kind() == FactionKind.CONTRACTOR;
    }

    public double recruitPool() {
        return recruitPool;
    }

    public void addRecruits(double recruits) {
        recruitPool += recruits;
        recruitsTotal += recruits;
    }

    /**
     * Fighters put out of action who come back (wounded, scattered): into the pool, but not counted as recruits
     * from the population.
     */
    public void addRejoiners(double fighters) {
        recruitPool += fighters;
    }

    /** Takes up to {@code wanted} whole recruits out of the pool. */
    public int takeRecruits(int wanted) {
        int taken = (int) Math.min(wanted, Math.floor(recruitPool));
        recruitPool -= taken;
        return taken;
    }

    public double recruitsTotal() {
        return recruitsTotal;
    }

    /** The recruits counted from now on (after a spin-up): the pool waiting stays. */
    public void openBooks() {
        recruitsTotal = 0;
    }

    /** Withdrawn by the scenario or a lever and not back: it recruits no more and is not reinforced. */
    public boolean withdrawn() {
        return withdrawn;
    }

    /** The faction leaves the map; recruits still waiting in its pool go home with it. */
    public void leaveMap() {
        withdrawn = true;
        recruitPool = 0;
    }

    /** The faction is on the map again: contractors or contingents arriving, a reinforcement marked evenIfAbsent. */
    public void returnToMap() {
        withdrawn = false;
    }
}
