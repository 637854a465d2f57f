package sahelsim.model.strategy;

import sahelsim.model.World;
import sahelsim.scenario.Forcing;
import sahelsim.scenario.StrategyParams;

/**
 * The factions' turning points, taken in the run: every day each truce is watched ({@link TruceKeeping}); under
 * {@code forcing: none} each faction reviews its offensives ({@link OffensivePlanner}) and each declared coalition
 * is weighed by its members ({@link CoalitionBargaining}) every {@code strategy.reviewDays}, staggered by index so
 * that not every review falls on one day. Under {@code forcing: historical} the timeline's dated decisions take
 * those turning points instead, and only the truce rules apply.
 */
public final class Strategy {

    private final World world;
    private final StrategyParams params;
    private final TruceKeeping truces;
    private final OffensivePlanner offensives;
    private final CoalitionBargaining bargaining;
    private final int coalitions;

    public Strategy(World world, TruceKeeping truces, OffensivePlanner offensives, CoalitionBargaining bargaining,
                    int coalitions) {
        this.world = world;
        this.params = world.scenario().strategy();
        this.truces = truces;
        this.offensives = offensives;
        this.bargaining = bargaining;
        this.coalitions = coalitions;
    }

    public void step() {
        truces.step();
        if (world.scenario().forcing() != Forcing.NONE) {
            return;
        }
        long day = world.day();
        for (int k = 0; k < coalitions; k++) {
            if (Math.floorMod(day + k, params.reviewDays()) == 0) {
                bargaining.review(k);
            }
        }
        for (int f = 0; f < world.factions().size(); f++) {
            if (Math.floorMod(day + f, params.reviewDays()) == 0 && offensives.plans(f)) {
                offensives.review(f);
            }
        }
    }
}
