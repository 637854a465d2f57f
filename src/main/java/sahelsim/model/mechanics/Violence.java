package sahelsim.model.mechanics;

import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.ModelEvent;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Population;
import sahelsim.scenario.CivilianParams;
import sahelsim.scenario.CombatParams;

/**
 * Violence against civilians, after Kalyvas (2006). Selective violence needs information from collaborators:
 * it strikes where a faction dominates but does not fully control (zones 2 and 4), in proportion to the
 * people there and their affinity for it, and kills a few. Indiscriminate violence comes with operations in
 * populated hostile areas, with each faction's own rate plus the contractors' abuse rate when they take part:
 * a mass-casualty attack (log-normal size, as at Moura, March 2022). It backfires: around it, affinity for
 * the perpetrator falls and for its enemies rises (never for foreign forces or contractors, for whom civilians
 * hold none), and if the perpetrator is on the government side the state's local legitimacy falls, which
 * raises grievance and so recruitment by its enemies. Peacekeepers prevent a share of attacks near their camps.
 */
public final class Violence {

    private static final double BACKLASH_RADIUS_KM = 150;
    private static final double BACKLASH_SCALE_KM = 75;
    private static final double FEAR_SCALE_KM = 20;

    private final World world;
    private final Grid grid;
    private final CivilianParams civilians;
    private final CombatParams combat;
    private final double[] weights;
    private final int[] candidates;
    private int[] count;
    private double[] total;
    private double[] rate;
    private int[] wantedZone;

    public Violence(World world) {
        this.world = world;
        this.grid = world.grid();
        this.civilians = world.scenario().civilians();
        this.combat = world.scenario().combat();
        int nf = world.factions().size();
        this.weights = new double[nf * grid.landCellCount()];
        this.candidates = new int[nf * grid.landCellCount()];
    }

    /**
     * The day's selective violence, for every faction: one pass over the cells gathers each faction's
     * candidate cells (in cell order), then each faction's events are drawn in faction order.
     */
    public void step() {
        Population pop = world.population();
        ControlMap control = world.control();
        int nf = world.factions().size();
        if (count == null) {
            count = new int[nf];
            total = new double[nf];
            rate = new double[nf];
            wantedZone = new int[nf];
            for (int f = 0; f < nf; f++) {
                Faction faction = world.faction(f);
                rate[f] = faction.behaviour().selectiveViolence();
                wantedZone[f] = faction.insurgent() ? 4 : 2;
            }
        }
        java.util.Arrays.fill(count, 0);
        java.util.Arrays.fill(total, 0);
        int cells = pop.size();
        for (int i = 0; i < cells; i++) {
            int f = control.dominant(i);
            if (f < 0 || rate[f] <= 0 || control.zone(i) != wantedZone[f] || pop.residents(i) <= 0) {
                continue;
            }
            total[f] += pop.residents(i) * (0.5 + pop.affinity(f, i));
            weights[f * cells + count[f]] = total[f];
            candidates[f * cells + count[f]] = i;
            count[f]++;
        }
        for (int f = 0; f < nf; f++) {
            if (rate[f] <= 0) {
                continue;
            }
            int events = world.draws().poisson(rate[f] * total[f] / 1e6);
            for (int e = 0; e < events && count[f] > 0; e++) {
                int i = candidates[f * cells + pick(weights, f * cells, count[f], total[f] * world.random().nextDouble())];
                selective(f, i);
            }
        }
    }

    private static int pick(double[] cumulative, int offset, int count, double x) {
        int lo = offset;
        int hi = offset + count - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - offset;
    }

    private void selective(int faction, int i) {
        int cell = grid.landCell(i);
        if (prevented(cell)) {
            return;
        }
        int dead = world.population().kill(i, 1 + world.draws().poisson(0.8));
        if (dead == 0) {
            return;
        }
        Population pop = world.population();
        pop.addFear(i, civilians.violenceFear() * dead / (dead + 10.0));
        for (Faction other : world.factions()) {
            if (!other.expeditionary() && world.relations().hostile(faction, other.index())) {
                pop.setAffinity(other.index(), i, pop.affinity(other.index(), i) * 0.95);
            }
        }
        world.emit(EventKind.CIVILIANS_ATTACKED, faction, ModelEvent.CIVILIANS, cell, 0, 0, dead,
                "targeted killing of suspected collaborators near " + townName(cell));
    }

    /**
     * An operation by a unit arrives in a populated hostile area: it may turn into a mass-casualty attack on
     * civilians. Returns the number killed.
     */
    public int operation(ArmedUnit unit, int cell) {
        int i = grid.landIndex(cell);
        if (i < 0 || world.population().residents(i) < 200) {
            return 0;
        }
        boolean hostileArea = false;
        for (Faction other : world.factions()) {
            if (world.relations().hostile(unit.faction(), other.index())
                    && world.control().share(other.index(), i) >= 0.2) {
                hostileArea = true;
                break;
            }
        }
        if (!hostileArea) {
            return 0;
        }
        double p = world.faction(unit.faction()).behaviour().indiscriminateViolence();
        boolean withWagner = unit.faction() == world.wagnerFaction() || contractorsAlongside(unit, cell);
        if (withWagner) {
            p = world.withContractors(p);
        }
        if (world.random().nextDouble() >= p || prevented(cell)) {
            return 0;
        }
        return massacre(unit.faction(), cell, withWagner);
    }

    /**
     * Whether contractors take part in this operation: a contractor unit allied to the unit's faction, itself on
     * an offensive mission (an assault party, a sweep or a push into the same countryside), within
     * {@code combat.engagementKm} of the cell. Decided for each operation, from who is there: having fought
     * beside them once does not carry their abuse to a unit's later operations elsewhere, and contractors resting
     * in their base do not come along.
     */
    private boolean contractorsAlongside(ArmedUnit unit, int cell) {
        int wagner = world.wagnerFaction();
        if (wagner < 0 || !world.relations().allied(wagner, unit.faction())) {
            return false;
        }
        for (ArmedUnit u : world.units()) {
            if (u.faction() == wagner && u.alive() && u.mission().offensive()
                    && grid.kmApprox(u.cell(), cell) <= combat.engagementKm()) {
                return true;
            }
        }
        return false;
    }

    private int massacre(int perpetrator, int cell, boolean withWagner) {
        int i = grid.landIndex(cell);
        Population pop = world.population();
        double size = combat.massacreMedian() * Math.exp(combat.massacreSpread() * world.random().nextGaussian());
        int wanted = (int) Math.max(1, Math.round(Math.min(size, 0.3 * pop.residents(i))));
        int dead = pop.kill(i, wanted);
        if (dead == 0) {
            return 0;
        }
        backlash(perpetrator, cell);
        String who = world.faction(perpetrator).name() + (withWagner && perpetrator != world.wagnerFaction()
                ? " with " + world.faction(world.wagnerFaction()).name() : "");
        world.emit(EventKind.CIVILIANS_ATTACKED, perpetrator, ModelEvent.CIVILIANS, cell, 0, 0, dead,
                "mass killing of civilians by " + who + " near " + townName(cell));
        return dead;
    }

    private void backlash(int perpetrator, int cell) {
        Population pop = world.population();
        boolean government = !world.faction(perpetrator).insurgent();
        boolean perpetratorLiked = !world.faction(perpetrator).expeditionary();
        int r = (int) Math.ceil(BACKLASH_RADIUS_KM / grid.cellKm());
        int x0 = grid.x(cell);
        int y0 = grid.y(cell);
        double shift = civilians.abuseAffinityShift();
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int x = x0 + dx;
                int y = y0 + dy;
                if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) {
                    continue;
                }
                int c = grid.index(x, y);
                int i = grid.landIndex(c);
                if (i < 0) {
                    continue;
                }
                double km = grid.kmApprox(cell, c);
                if (km > BACKLASH_RADIUS_KM) {
                    continue;
                }
                double w = Math.exp(-km / BACKLASH_SCALE_KM);
                pop.addFear(i, civilians.violenceFear() * Math.exp(-km / FEAR_SCALE_KM));
                if (perpetratorLiked) {
                    pop.setAffinity(perpetrator, i, pop.affinity(perpetrator, i) * (1 - shift * w));
                }
                for (Faction enemy : world.factions()) {
                    int e = enemy.index();
                    if (enemy.side() != world.faction(perpetrator).side() && world.relations().hostile(e, perpetrator)
                            && !enemy.expeditionary() && (enemy.armedGroup() || !enemy.insurgent())) {
                        double a = pop.affinity(e, i);
                        pop.setAffinity(e, i, a + shift * w * (1 - a));
                    }
                }
                if (government) {
                    pop.lowerLegitimacy(i, civilians.abuseLegitimacyLoss() * w);
                }
            }
        }
    }

    /** Whether peacekeepers near the cell prevent an attack on civilians there. */
    private boolean prevented(int cell) {
        double best = 0;
        for (Garrison g : world.garrisons()) {
            Faction f = world.faction(g.faction());
            double p = f.behaviour().civilianProtection();
            if (p > best && grid.kmApprox(world.town(g.town()).cell(), cell) <= f.behaviour().protectionRadiusKm()) {
                best = p;
            }
        }
        return best > 0 && world.random().nextDouble() < best;
    }

    /** Adds fear in a cell and, half as much, in its neighbours. */
    public void frighten(int cell, double amount) {
        int x0 = grid.x(cell);
        int y0 = grid.y(cell);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int x = x0 + dx;
                int y = y0 + dy;
                if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) {
                    continue;
                }
                int i = grid.landIndex(grid.index(x, y));
                if (i >= 0) {
                    world.population().addFear(i, dx == 0 && dy == 0 ? amount : amount / 2);
                }
            }
        }
    }

    private String townName(int cell) {
        return grid.geography().town(grid.nearestTown(cell)).name();
    }
}
