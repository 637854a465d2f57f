package sahelsim.model.mechanics;

import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.scenario.CivilianParams;

/**
 * Flight and return. Fear decays with a half-life and builds up in contested cells. Where fear exceeds the
 * flight threshold, a share of residents flees each day, growing with fear; from cells near a foreign border
 * most cross it and become refugees, elsewhere most are displaced inside the country (as in the DTM's
 * counts). Where fear has fallen below the return threshold, displaced people and, more slowly, refugees
 * go home.
 */
public final class Displacement {

    /** Share of those fleeing who cross the border, from cells near it and from the rest. */
    private static final double ABROAD_NEAR_BORDER = 0.7;
    private static final double ABROAD_INLAND = 0.05;
    /** Refugees come home at this fraction of the displaced's rate. */
    private static final double REFUGEE_RETURN_FACTOR = 0.3;

    private final World world;
    private final CivilianParams params;
    private final float decay;

    public Displacement(World world) {
        this.world = world;
        this.params = world.scenario().civilians();
        this.decay = (float) Math.pow(0.5, 1.0 / params.fearHalfLifeDays());
    }

    public void step() {
        Population pop = world.population();
        ControlMap control = world.control();
        double threshold = params.flightThreshold();
        for (int i = 0; i < pop.size(); i++) {
            float fear = pop.fear(i) * decay;
            if (control.zone(i) == 3) {
                fear += (float) (params.contestedFear() * (1 - fear));
            }
            pop.setFear(i, fear);
            int residents = pop.residents(i);
            if (fear > threshold && residents > 0) {
                double rate = params.flightRate() * (fear - threshold) / (1 - threshold);
                int leaving = world.draws().stochasticRound(residents * rate);
                if (leaving > 0) {
                    int abroad = world.draws().stochasticRound(leaving
                            * (pop.nearBorder(i) ? ABROAD_NEAR_BORDER : ABROAD_INLAND));
                    pop.flee(i, abroad, true);
                    pop.flee(i, leaving - abroad, false);
                }
            } else if (fear < params.returnThreshold()) {
                if (pop.displaced(i) > 0) {
                    pop.comeHome(i, world.draws().stochasticRound(pop.displaced(i) * params.returnRate()), false);
                }
                if (pop.refugees(i) > 0) {
                    pop.comeHome(i, world.draws().stochasticRound(pop.refugees(i) * params.returnRate()
                            * REFUGEE_RETURN_FACTOR), true);
                }
            }
        }
    }
}
