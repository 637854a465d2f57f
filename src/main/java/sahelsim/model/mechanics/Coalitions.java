package sahelsim.model.mechanics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.World;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.CoalitionSpec;
import sahelsim.scenario.Forcing;

/**
 * Coalitions of armed groups: formed on their date, or when the last foreign contingent of a region has left,
 * and broken on their end date or by a timeline event (or lever), after which only another event re-forms them:
 * a trigger date long past does not undo a break. While one holds, its members never fight each other
 * and join each other's attacks; at the full level one Command plans for all of them and each member is at
 * war with the others' enemies.
 */
public final class Coalitions {

    private final World world;
    private final List<CoalitionSpec> specs;
    private final CoalitionLevel[] active;
    private final boolean[] broken;

    public Coalitions(World world) {
        this.world = world;
        this.specs = world.scenario().coalitions();
        this.active = new CoalitionLevel[specs.size()];
        java.util.Arrays.fill(active, CoalitionLevel.NONE);
        this.broken = new boolean[specs.size()];
    }

    public void step() {
        LocalDate today = world.date();
        for (int k = 0; k < specs.size(); k++) {
            CoalitionSpec c = specs.get(k);
            if (active[k] == CoalitionLevel.NONE && !broken[k] && c.level() != CoalitionLevel.NONE
                    && !ended(c, today) && triggered(c, today)) {
                form(k, c.level());
            } else if (active[k] != CoalitionLevel.NONE && c.until() != null && !today.isBefore(c.until())) {
                dissolve(k);
            }
        }
    }

    private static boolean ended(CoalitionSpec c, LocalDate today) {
        return c.until() != null && !today.isBefore(c.until());
    }

    /** A trigger is history's decision, applied under historical forcing, or a counterfactual's imposed lever. */
    private boolean triggered(CoalitionSpec c, LocalDate today) {
        if (!c.imposed() && world.scenario().forcing() != Forcing.HISTORICAL) {
            return false;
        }
        if (c.triggerDate() != null) {
            return !today.isBefore(c.triggerDate());
        }
        if (c.triggerRegion() == null) {
            return false;
        }
        boolean any = false;
        for (ForeignContingent f : world.contingents()) {
            if (world.town(f.base()).town().region().equals(c.triggerRegion())) {
                any = true;
                if (f.status() != ForeignContingent.Status.GONE) {
                    return false;
                }
            }
        }
        return any;
    }

    public int index(String id) {
        for (int k = 0; k < specs.size(); k++) {
            if (specs.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no coalition " + id);
    }

    public void form(int k, CoalitionLevel level) {
        CoalitionSpec c = specs.get(k);
        int[] members = members(c);
        active[k] = level;
        broken[k] = false;
        world.relations().setCoalition(members, level);
        int cell = world.town(world.homeTowns(members[0]).get(0)).cell();
        world.emit(EventKind.AGREEMENT, members[0], members[1], cell, 0, 0, 0, "coalition " + c.id() + " of "
                + names(members) + " forms (" + level.name().toLowerCase() + ")");
        if (level == CoalitionLevel.FULL) {
            adoptWars(members, cell);
        }
    }

    /**
     * Under one flag there is one war: a member's truce with a faction another member is fighting ends.
     */
    private void adoptWars(int[] members, int cell) {
        for (int a : members) {
            for (int b : members) {
                for (int other = 0; other < world.factions().size(); other++) {
                    if (a != b && world.relations().atTruce(a, other) && world.relations().hostile(b, other)) {
                        for (int[] pair : world.relations().breakTruce(a, other)) {
                            world.emit(EventKind.TRUCE_ENDS, pair[0], pair[1], cell, 0, 0, 0, "the truce between "
                                    + world.faction(pair[0]).name() + " and " + world.faction(pair[1]).name()
                                    + " ends: " + world.faction(a).name() + " fights under one flag with "
                                    + world.faction(b).name());
                        }
                    }
                }
            }
        }
    }

    public void dissolve(int k) {
        CoalitionSpec c = specs.get(k);
        int[] members = members(c);
        active[k] = CoalitionLevel.NONE;
        broken[k] = true;
        world.relations().setCoalition(members, CoalitionLevel.NONE);
        world.emit(EventKind.AGREEMENT, members[0], members[1], world.town(world.homeTowns(members[0]).get(0)).cell(),
                0, 0, 0, "coalition " + c.id() + " of " + names(members) + " breaks up");
    }

    private int[] members(CoalitionSpec c) {
        return c.members().stream().mapToInt(world::factionIndex).toArray();
    }

    private String names(int[] members) {
        List<String> names = new ArrayList<>();
        for (int m : members) {
            names.add(world.faction(m).name());
        }
        return String.join(" and ", names);
    }

    /** The level a coalition is at now. */
    public CoalitionLevel level(int k) {
        return active[k];
    }

    public List<CoalitionSpec> specs() {
        return specs;
    }
}
