package sahelsim.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A loaded, validated scenario: immutable and typed. The model reads it and never changes it; sweeps and the
 * window's levers derive new scenarios from its {@link #tree()} or act through explicit model methods.
 *
 * @param tree the normalised key tree it was built from (every key, defaults filled in, schema order): the
 *             source of its canonical text and of derived scenarios
 */
public record Scenario(String name, String description, LocalDate start, LocalDate end, double resolution,
                       List<FactionSpec> factions, List<RelationSpec> relations, List<GarrisonSpec> garrisons,
                       List<ForeignForceSpec> foreignForces, WagnerSpec wagner, List<CoalitionSpec> coalitions,
                       CivilianParams civilians, CombatParams combat, SupplyParams supply, ControlParams control,
                       List<TimelineEvent> timeline, Forcing forcing, StrategyParams strategy, int spinUpDays,
                       ConfigNode.MapNode tree) {

    public Scenario {
        factions = List.copyOf(factions);
        relations = List.copyOf(relations);
        garrisons = List.copyOf(garrisons);
        foreignForces = List.copyOf(foreignForces);
        coalitions = List.copyOf(coalitions);
        timeline = List.copyOf(timeline);
    }

    /** Number of simulated days, start and end included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Optional<FactionSpec> faction(String id) {
        return factions.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public int factionIndex(String id) {
        for (int i = 0; i < factions.size(); i++) {
            if (factions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
