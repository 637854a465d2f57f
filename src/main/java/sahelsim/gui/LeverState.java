package sahelsim.gui;

import java.time.LocalDate;
import java.util.List;

/**
 * What the levers can do at a moment of the run, read from the model between two days.
 *
 * @param open       levers can still be pulled (the run is not over)
 * @param nextDate   the day a lever pulled now takes effect; null when the run is over
 * @param legitimacy the state's legitimacy, as set by the last lever if one is waiting for the next day
 * @param abuse      the contractors' abuse rate, likewise
 */
record LeverState(boolean open, LocalDate nextDate, List<Force> forces, Wagner wagner, List<Coalition> coalitions,
                  double legitimacy, double abuse) {

    LeverState {
        forces = List.copyOf(forces);
        coalitions = List.copyOf(coalitions);
    }

    /** A foreign faction with bases: whether any of its contingents is still there. */
    record Force(String factionId, String name, boolean present, boolean pending) {
    }

    /**
     * The contractors: whether the scenario has any, whether they are on the map, and the reinforcements dated
     * after the next day that the scenario marks as coming even after they leave (the others would be cancelled
     * by their departure).
     */
    record Wagner(boolean available, String name, boolean present, boolean pending, List<Reinforcement> stillComing) {

        Wagner {
            stillComing = List.copyOf(stillComing);
        }
    }

    /** A dated reinforcement of the contractors. */
    record Reinforcement(LocalDate date, int troops) {
    }

    /** A coalition of armed groups: whether it holds now. */
    record Coalition(String id, String members, boolean active, boolean pending) {
    }
}
