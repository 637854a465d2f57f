package sahelsim.model.rebellion;

import sahelsim.map.Grid;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.scenario.RebellionParams;

/**
 * Civilians who rebel, after Epstein's Model I, daily in the civilians' phase: jailed people whose term is over come
 * home; every representative civilian decides to be active or quiet (rule A) from the state troops and the active
 * civilians within its vision (as they stood at the end of yesterday); state forces arrest active civilians in reach
 * (rule C); confrontations go to the event log as protests and riots. The recruitment that follows draws on the
 * active civilians' grievance ({@link #recruitableGrievance(int)}).
 */
public final class Rebellion {

    private final World world;
    private final Grid grid;
    private final RebellionRules rules;
    private final Representatives civilians;
    private final Cops cops;
    private final JailTerms terms;
    private final Arrests arrests;
    private final Unrest unrest;
    private final VisionBox troopsSeen;
    private final VisionBox activeSeen;
    /** Active people per raster cell: today's once they have decided, and as the day ends once arrests are made. */
    private final long[] activeField;
    /** The land cells with state troops in sight today, and how many. */
    private final int[] inSight;
    private final int[] troopsInSight;
    private final double quietRecruitment;
    private long activeTotal;

    /** Draws every cell's representative civilians from the run's generator. */
    public Rebellion(World world) {
        this.world = world;
        this.grid = world.grid();
        RebellionParams params = world.scenario().civilians().rebellion();
        this.rules = new RebellionRules(params.threshold(), params.arrestConstant(), params.maxJailDays(),
                params.wholeRatio() ? RebellionRules.CopRatio.WHOLE : RebellionRules.CopRatio.EXACT);
        int[] people = new int[grid.landCellCount()];
        for (int i = 0; i < people.length; i++) {
            people[i] = world.population().residents(i);
        }
        this.civilians = new Representatives(people, params.representatives(), world.random());
        int radius = VisionBox.radius(grid, params.visionKm());
        this.cops = new Cops(world);
        this.terms = new JailTerms(params.maxJailDays());
        this.arrests = new Arrests(world, civilians, terms, rules, params, radius);
        this.unrest = new Unrest(world, radius);
        this.troopsSeen = new VisionBox(grid, radius);
        this.activeSeen = new VisionBox(grid, radius);
        this.activeField = new long[grid.cellCount()];
        this.inSight = new int[grid.landCellCount()];
        this.troopsInSight = new int[grid.landCellCount()];
        this.quietRecruitment = params.quietRecruitment();
    }

    public void step() {
        Population pop = world.population();
        long day = world.day();
        terms.releaseOn(day, (i, k) -> {
            civilians.release(i, k);
            pop.release(i, 1);
        });
        int cells = civilians.cells();
        cops.gather();
        troopsSeen.load(cops.troopsPerCell());
        activeSeen.load(activeField);
        int watched = 0;
        long total = 0;
        for (int i = 0; i < cells; i++) {
            civilians.reconcile(i, pop.residents(i), day);
            int cell = grid.landCell(i);
            int troops = clamp(troopsSeen.around(cell));
            double quiet = 0;
            double active = 0;
            if (troops > 0) {
                int actives = clamp(activeSeen.around(cell));
                quiet = rules.arrestProbability(troops, actives + 1);
                active = rules.arrestProbability(troops, Math.max(1, actives));
                inSight[watched] = i;
                troopsInSight[watched++] = troops;
            }
            civilians.decide(i, pop.hardship(i), pop.legitimacy(i), quiet, active, rules);
            activeField[cell] = civilians.activePeople(i);
            total += civilians.activePeople(i);
        }
        activeSeen.load(activeField);
        unrest.start();
        for (int w = 0; w < watched; w++) {
            int i = inSight[w];
            int active = civilians.activePeople(i);
            if (active > 0) {
                unrest.confront(i, active, troopsInSight[w], activeSeen.around(grid.landCell(i)));
            }
        }
        int arrested = arrests.make(cops, activeField);
        unrest.report(cops, arrests);
        activeTotal = total - arrested;
    }

    private static int clamp(long count) {
        return (int) Math.min(Integer.MAX_VALUE - 1, count);
    }

    /** The representative civilians, for the tests. */
    Representatives representatives() {
        return civilians;
    }

    /** The rules the civilians follow. */
    public RebellionRules rules() {
        return rules;
    }

    /** Active civilians of a cell (land index) after today's arrests. */
    public int activePeople(int i) {
        return civilians.activePeople(i);
    }

    /**
     * The grievance from which armed groups recruit in a cell, after today's arrests: the sum of G over its active
     * civilians, and over its quiet ones weighted by {@code quietRecruitment}.
     */
    public double recruitableGrievance(int i) {
        double active = civilians.activeGrievance(i);
        return active + quietRecruitment * Math.max(0, civilians.grievanceAtHome(i) - active);
    }

    /** Active civilians on the map after today's arrests. */
    public long activeTotal() {
        return activeTotal;
    }

    /** Arrests a faction has made since the books were opened (the start of the run, or the end of its spin-up). */
    public long arrests(int faction) {
        return arrests.byFaction(faction);
    }

    /** Counts arrests from now on (after a spin-up). */
    public void openBooks() {
        arrests.openBooks();
    }
}
