package sahelsim.model.mechanics;

import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.model.rebellion.Rebellion;
import sahelsim.scenario.CivilianParams;

/**
 * Recruitment, growth and the slow drift of loyalties, weekly. An armed group present in a cell draws
 * recruits from its residents at its recruitment rate x grievance G = H(1 - L) x their affinity for it x its
 * share of armed influence there, so indiscriminate violence that lowers L or raises affinity for its
 * enemies feeds their ranks (UNDP 2017: 71% of voluntary recruits named a government action as the tipping
 * point). Those who join the insurgent side are active civilians (Epstein's Model I, {@link Rebellion}): taking
 * up arms against the state is open defiance, so quiet ones join only at
 * {@code civilians.rebellion.quietRecruitment} of their rate; the government side's militias draw on everyone at
 * home, as joining them defies nobody. The jailed join no one. The state also recruits from
 * outside the map at a fixed rate. Only a faction on the map recruits:
 * one withdrawn by the scenario gets nobody, from the map or from outside it. Affinity drifts towards whoever
 * dominates a cell (Kalyvas 2006); local legitimacy recovers towards the national level.
 */
public final class Recruitment {

    private static final int WEEK = 7;

    private final World world;
    private final CivilianParams params;
    private final Rebellion rebellion;

    public Recruitment(World world, Rebellion rebellion) {
        this.world = world;
        this.params = world.scenario().civilians();
        this.rebellion = rebellion;
    }

    /** Initial affinities: high in a faction's home areas, a base level elsewhere for armed local factions. */
    public void seedAffinities() {
        Population pop = world.population();
        Grid grid = world.grid();
        for (Faction f : world.factions()) {
            if (f.expeditionary()) {
                continue;
            }
            for (int i = 0; i < pop.size(); i++) {
                boolean home = world.inHomeArea(f.index(), grid.landCell(i));
                pop.setAffinity(f.index(), i, home ? params.homeAffinity() : params.baseAffinity());
            }
        }
    }

    public void step() {
        for (Faction f : world.factions()) {
            double daily = f.behaviour().baseRecruitsPerDay();
            if (daily > 0 && !f.withdrawn()) {
                f.addRecruits(daily);
            }
        }
        if (Math.floorMod(world.day(), WEEK) == 0) {
            week();
        }
    }

    private void week() {
        Population pop = world.population();
        ControlMap control = world.control();
        int nf = world.factions().size();
        double[] rate = new double[nf];
        boolean[] drifts = new boolean[nf];
        boolean[] insurgent = new boolean[nf];
        for (Faction f : world.factions()) {
            insurgent[f.index()] = f.insurgent();
            rate[f.index()] = f.armedGroup() && !f.withdrawn() ? f.behaviour().recruitment() * WEEK / 365.0 : 0;
            drifts[f.index()] = !f.expeditionary();
        }
        double births = params.growthRate() * WEEK / 365.0;
        double drift = params.affinityDrift();
        double recovery = 1 - Math.pow(0.5, WEEK / params.legitimacyRecoveryDays());
        double base = params.baseAffinity();
        for (int i = 0; i < pop.size(); i++) {
            int residents = pop.residents(i);
            if (residents > 0) {
                double defiant = rebellion.recruitableGrievance(i);
                double everyone = rebellion.grievanceAtHome(i);
                for (int f = 0; f < nf; f++) {
                    if (rate[f] <= 0) {
                        continue;
                    }
                    double share = control.share(f, i);
                    if (share <= 0) {
                        continue;
                    }
                    double pool = insurgent[f] ? defiant : everyone;
                    int n = world.draws().stochasticRound(rate[f] * pool * pop.affinity(f, i) * share);
                    if (n > 0) {
                        world.faction(f).addRecruits(pop.recruit(i, n));
                    }
                }
                pop.bear(i, world.draws().stochasticRound(pop.residents(i) * births));
            }
            int dominant = control.dominant(i);
            for (int f = 0; f < nf; f++) {
                if (drifts[f]) {
                    double a = pop.affinity(f, i);
                    pop.setAffinity(f, i, a + drift * ((f == dominant ? 1 : base) - a) * (f == dominant ? 0.5 : 1));
                }
            }
            pop.recoverLegitimacy(i, recovery);
        }
    }
}
