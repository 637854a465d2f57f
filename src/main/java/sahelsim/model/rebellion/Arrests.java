package sahelsim.model.rebellion;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.scenario.RebellionParams;

/**
 * Rule C in the Mali model: each day every cop (a state-side garrison or unit, in the order {@link Cops} gathers
 * them) arrests up to round⁺(troops x {@code arrestsPerTroop}) active civilians within its vision, one at a time,
 * each chosen at random among the active people in reach, and jails each for a term drawn from U(0, J_max) days.
 * An arrest is abusive with the arresting faction's indiscriminate violence (and, for the contractors, their abuse
 * rate as well); the abusive arrests of the day cost the state its local legitimacy: the share of the cell's people
 * at home that they reach ({@code abuseReach} people each) is taken off the cell's legitimacy L.
 */
final class Arrests {

    private final World world;
    private final Grid grid;
    private final Representatives civilians;
    private final JailTerms terms;
    private final RebellionRules rules;
    private final RebellionParams params;
    private final int radius;
    private final long[] byFaction;
    private final int[] byTown;
    private final int[] abusive;
    /** Today's chance that an arrest by each faction is abusive. */
    private final double[] abuse;
    private int[] reach = new int[64];
    private double[] weight = new double[64];

    Arrests(World world, Representatives civilians, JailTerms terms, RebellionRules rules, RebellionParams params,
            int radius) {
        this.world = world;
        this.grid = world.grid();
        this.civilians = civilians;
        this.terms = terms;
        this.rules = rules;
        this.params = params;
        this.radius = radius;
        this.byFaction = new long[world.factions().size()];
        this.byTown = new int[grid.geography().towns().size()];
        this.abusive = new int[grid.landCellCount()];
        this.abuse = new double[world.factions().size()];
    }

    /**
     * The day's arrests, cop by cop, then the cost of the abusive ones to local legitimacy; returns how many. Each
     * arrest is taken off the active people per raster cell, {@code activeField}.
     */
    int make(Cops cops, long[] activeField) {
        Arrays.fill(byTown, 0);
        for (int f = 0; f < abuse.length; f++) {
            abuse[f] = abuseRate(f);
        }
        int made = 0;
        for (int c = 0; c < cops.count(); c++) {
            int capacity = world.draws().stochasticRound(cops.troops(c) * params.arrestsPerTroop());
            if (capacity > 0) {
                made += arrestAround(cops.faction(c), cops.cell(c), capacity, activeField);
            }
        }
        Population pop = world.population();
        for (int i = 0; i < abusive.length; i++) {
            if (abusive[i] > 0) {
                int atHome = pop.residents(i) + pop.jailed(i);
                double reached = Math.min(1, params.abuseReach() * abusive[i] / Math.max(1, atHome));
                pop.lowerLegitimacy(i, pop.legitimacy(i) * reached);
                abusive[i] = 0;
            }
        }
        return made;
    }

    private int arrestAround(int faction, int cell, int capacity, long[] activeField) {
        int n = gatherReach(cell);
        double total = 0;
        for (int e = 0; e < n; e++) {
            total += weight[e];
        }
        MersenneTwisterFast random = world.random();
        double abuse = this.abuse[faction];
        Population pop = world.population();
        int a = 0;
        for (; a < capacity && total >= 1; a++) {
            int e = pick(weight, n, total * random.nextDouble());
            int i = reach[e];
            int k = pickRepresentative(i, random);
            civilians.arrest(i, k);
            pop.jail(i, 1);
            activeField[grid.landCell(i)]--;
            terms.jail(i, k, world.day(), rules.jailTerm(random));
            weight[e]--;
            total--;
            byFaction[faction]++;
            byTown[grid.nearestTown(grid.landCell(i))]++;
            if (abuse > 0 && random.nextDouble() < abuse) {
                abusive[i]++;
            }
        }
        return a;
    }

    /** The land cells within vision of a cop with active people, into {@code reach}, weighted by their number. */
    private int gatherReach(int cell) {
        int x0 = grid.x(cell);
        int y0 = grid.y(cell);
        int n = 0;
        for (int y = Math.max(0, y0 - radius); y <= Math.min(grid.height() - 1, y0 + radius); y++) {
            for (int x = Math.max(0, x0 - radius); x <= Math.min(grid.width() - 1, x0 + radius); x++) {
                int i = grid.landIndex(grid.index(x, y));
                if (i >= 0 && civilians.activePeople(i) > 0) {
                    if (n == reach.length) {
                        reach = Arrays.copyOf(reach, 2 * n);
                        weight = Arrays.copyOf(weight, 2 * n);
                    }
                    reach[n] = i;
                    weight[n] = civilians.activePeople(i);
                    n++;
                }
            }
        }
        return n;
    }

    private static int pick(double[] weights, int n, double x) {
        for (int e = 0; e < n - 1; e++) {
            x -= weights[e];
            if (x < 0) {
                return e;
            }
        }
        return n - 1;
    }

    /** An active representative of the cell, chosen with chance proportional to its free people. */
    private int pickRepresentative(int i, MersenneTwisterFast random) {
        int x = random.nextInt(civilians.activePeople(i));
        int last = -1;
        for (int k = civilians.first(i); k < civilians.first(i + 1); k++) {
            if (civilians.active(k) && civilians.free(k) > 0) {
                last = k;
                x -= civilians.free(k);
                if (x < 0) {
                    return k;
                }
            }
        }
        return last;
    }

    /** The chance that an arrest by a faction is abusive. */
    private double abuseRate(int faction) {
        Faction f = world.faction(faction);
        double p = f.behaviour().indiscriminateViolence();
        if (faction == world.wagnerFaction()) {
            p = world.withContractors(p);
        }
        return p;
    }

    /** Arrests made by a faction since the books were opened. */
    long byFaction(int faction) {
        return byFaction[faction];
    }

    void openBooks() {
        Arrays.fill(byFaction, 0);
    }

    /** Today's arrests in the cells nearest a town. */
    int todayNear(int town) {
        return byTown[town];
    }
}
