package sahelsim.model.rebellion;

import sahelsim.map.Grid;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.scenario.RebellionParams;

/**
 * Civilians who rebel, after Epstein's Model I, daily in the civilians' phase: jailed people whose term is over come
 * home; the representative civilians decide to be active or quiet (rule A) from the state troops (each soldier
 * {@code copsPerSoldier} of the paper's cops) and the active civilians within their vision (as they stood at the end
 * of yesterday), every day where troops are in sight and
 * weekly elsewhere ({@link #WEEK}); state forces arrest active civilians in reach (rule C); confrontations go to the
 * event log as protests and riots. The insurgents' recruitment that follows draws on the active civilians'
 * grievance ({@link #recruitableGrievance(int)}).
 */
public final class Rebellion {

    /**
     * Days between the reconsiderations of civilians with no state troops in sight: the week on whose first day
     * armed groups recruit ({@code Recruitment}), so that recruits are always drawn from fresh decisions. With no
     * troops in sight the estimated arrest probability is 0 and only grievance decides, which moves slowly there
     * (legitimacy recovers weekly); civilians with troops in sight, or who lost them from sight, decide every day.
     */
    static final int WEEK = 7;

    private final World world;
    private final Grid grid;
    private final RebellionRules rules;
    private final Representatives civilians;
    private final Cops cops;
    private final JailTerms terms;
    private final Arrests arrests;
    private final Unrest unrest;
    private final VisionBox activeSeen;
    /** Active people per raster cell: today's once they have decided, and as the day ends once arrests are made. */
    private final long[] activeField;
    /** The land cells with state troops in sight today, and the troops in sight of each land cell (0 elsewhere). */
    private final int[] inSight;
    private final int[] troopsInSight;
    /** Those with troops in sight yesterday, who decide again today if none are in sight any more. */
    private final int[] lastInSight;
    private int lastWatched;
    /** Whether a day has been stepped: on the first, every civilian decides. */
    private boolean begun;
    private final double quietRecruitment;
    private final double copsPerSoldier;
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
        this.cops = new Cops(world, radius);
        this.terms = new JailTerms(params.maxJailDays());
        this.arrests = new Arrests(world, civilians, terms, rules, params, radius);
        this.unrest = new Unrest(world, radius, params.minCrowd());
        this.activeSeen = new VisionBox(grid, radius);
        this.activeField = new long[grid.cellCount()];
        this.inSight = new int[grid.landCellCount()];
        this.troopsInSight = new int[grid.landCellCount()];
        this.lastInSight = new int[grid.landCellCount()];
        this.quietRecruitment = params.quietRecruitment();
        this.copsPerSoldier = params.copsPerSoldier();
    }

    public void step() {
        Population pop = world.population();
        long day = world.day();
        terms.releaseOn(day, (i, k) -> {
            civilians.release(i, k);
            pop.release(i, 1);
        });
        cops.gather();
        int watched = cops.sight(troopsInSight, inSight);
        activeSeen.load(activeField);
        decideInSight(watched);
        decideOutOfSightAgain();
        boolean everyone = !begun || Math.floorMod(day, (long) WEEK) == 0;
        begun = true;
        if (everyone) {
            decideOutOfSight();
        } else {
            countChangedPeople(day);
        }
        activeSeen.load(activeField);
        confront(watched);
        activeTotal -= arrests.make(cops, activeField);
        unrest.report(cops, arrests);
        for (int w = 0; w < watched; w++) {
            troopsInSight[inSight[w]] = 0;
        }
        System.arraycopy(inSight, 0, lastInSight, 0, watched);
        lastWatched = watched;
    }

    /** Rule A where state troops are in sight, from the troops and yesterday's active civilians in sight. */
    private void decideInSight(int watched) {
        for (int w = 0; w < watched; w++) {
            int i = inSight[w];
            int cops = cops(troopsInSight[i]);
            int actives = clamp(activeSeen.around(i));
            decide(i, rules.arrestProbability(cops, actives + 1), rules.arrestProbability(cops, Math.max(1, actives)));
        }
    }

    /** Rule A where troops were in sight yesterday and none are today. */
    private void decideOutOfSightAgain() {
        for (int w = 0; w < lastWatched; w++) {
            int i = lastInSight[w];
            if (troopsInSight[i] == 0) {
                decide(i, 0, 0);
            }
        }
    }

    /** Rule A for every cell with no troops in sight, as on the first day and weekly. */
    private void decideOutOfSight() {
        for (int i = 0; i < civilians.cells(); i++) {
            if (troopsInSight[i] == 0) {
                decide(i, 0, 0);
            } else {
                mark(i);
            }
        }
    }

    /** Brings every cell's people up to date, their decisions standing, and puts them on the map. */
    private void countChangedPeople(long day) {
        Population pop = world.population();
        for (int i = 0; i < civilians.cells(); i++) {
            int residents = pop.residents(i);
            if (residents != civilians.people(i)) {
                civilians.reconcile(i, residents, day);
            }
            mark(i);
        }
    }

    /** Rule A for a cell's representatives, once its people are brought up to date, with the two estimates. */
    private void decide(int i, double quietEstimate, double activeEstimate) {
        Population pop = world.population();
        int residents = pop.residents(i);
        if (residents != civilians.people(i)) {
            civilians.reconcile(i, residents, world.day());
        }
        civilians.decide(i, pop.hardship(i), pop.legitimacy(i), quietEstimate, activeEstimate, rules);
        mark(i);
    }

    /** Puts a cell's active people on the map of active people, and in the total. */
    private void mark(int i) {
        int cell = grid.landCell(i);
        int now = civilians.activePeople(i);
        activeTotal += now - activeField[cell];
        activeField[cell] = now;
    }

    /** Hands the cells where active civilians face troops to the day's unrest. */
    private void confront(int watched) {
        unrest.start();
        for (int w = 0; w < watched; w++) {
            int i = inSight[w];
            int active = civilians.activePeople(i);
            if (active > 0) {
                unrest.confront(i, active, cops(troopsInSight[i]), activeSeen.around(i));
            }
        }
    }

    /**
     * Epstein's C for the state-side soldiers in sight: each counts as {@code copsPerSoldier} of the paper's cops,
     * which maps the map's soldiers per person onto the paper's cops per citizen (ODD 7.21).
     */
    private int cops(int soldiers) {
        return clamp(Math.round(copsPerSoldier * soldiers));
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

    /** The sum of G over a cell's people at home, active or quiet, after today's arrests. */
    public double grievanceAtHome(int i) {
        return civilians.grievanceAtHome(i);
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
