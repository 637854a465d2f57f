package sahelsim.model;

import java.util.Arrays;

/**
 * Each faction's objective, if it has one: a town it stakes an offensive or a siege on, with its surroundings
 * (the state's drive on Kidal in late 2023, the siege of Timbuktu). An objective is a decision taken outside
 * the model, set by the scenario's timeline (historical forcing), or a faction's own strategy; how the offensive
 * goes is the model's.
 */
public final class Objectives {

    /** How far around the town the objective draws the faction, in km: the offensive takes in its approaches. */
    public static final double REACH_KM = 100;

    /** How the faction means to take its objective: history's dated objectives leave it to the Command. */
    public enum Mode {
        /** History's dated objectives: the Command weighs every kind of mission. */
        ANY,
        /** Take the town by storm. */
        ASSAULT,
        /** Starve the town: blockades and ambushes on its roads, no assault on its walls. */
        SIEGE,
        /** Fight in the town's surroundings without storming it: a faction that does not keep towns. */
        CAMPAIGN
    }

    private final int[] town;
    private final double[] stake;
    private final Mode[] mode;

    Objectives(int factions) {
        town = new int[factions];
        stake = new double[factions];
        mode = new Mode[factions];
        Arrays.fill(town, -1);
        Arrays.fill(mode, Mode.ANY);
    }

    /** Sets a faction's objective, replacing any earlier one; a stake of 0 drops it. */
    public void set(int faction, int townIndex, double stakeValue) {
        set(faction, townIndex, stakeValue, Mode.ANY);
    }

    /** Sets a faction's objective and how it means to take it. */
    public void set(int faction, int townIndex, double stakeValue, Mode how) {
        town[faction] = stakeValue > 0 ? townIndex : -1;
        stake[faction] = stakeValue > 0 ? stakeValue : 0;
        mode[faction] = stakeValue > 0 ? how : Mode.ANY;
    }

    /** How the faction means to take its objective. */
    public Mode mode(int faction) {
        return mode[faction];
    }

    /** The faction's objective town, or -1. */
    public int town(int faction) {
        return town[faction];
    }

    /** How much the faction stakes on its objective, 0 to 1 (0 with none). */
    public double stake(int faction) {
        return stake[faction];
    }
}
