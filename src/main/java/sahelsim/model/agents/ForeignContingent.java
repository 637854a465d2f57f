package sahelsim.model.agents;

import sahelsim.scenario.ForeignForceSpec;

/** A foreign contingent during a run: waiting to arrive, present at its base, or gone. */
public final class ForeignContingent {

    /** Where the contingent stands. */
    public enum Status {
        EXPECTED, PRESENT, GONE
    }

    private final ForeignForceSpec spec;
    private final int faction;
    private final int base;
    private Status status = Status.EXPECTED;
    private Garrison garrison;

    public ForeignContingent(ForeignForceSpec spec, int faction, int base) {
        this.spec = spec;
        this.faction = faction;
        this.base = base;
    }

    public ForeignForceSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public int faction() {
        return faction;
    }

    public int base() {
        return base;
    }

    public Status status() {
        return status;
    }

    public Garrison garrison() {
        return garrison;
    }

    public void arrive(Garrison garrison) {
        this.garrison = garrison;
        this.status = Status.PRESENT;
    }

    public void leave() {
        this.garrison = null;
        this.status = Status.GONE;
    }
}
