package sahelsim.model.strategy;

import java.util.BitSet;
import sahelsim.model.EventKind;
import sahelsim.model.Relations;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.mechanics.Combat;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.TruceRule;

/**
 * Each party to a truce watches the other every day and breaks the truce on the rules its relation lists
 * ({@link TruceRule}): a post set up in its home areas where the other had none when the truce began (as FAMa's
 * take-over of the camp at Ber broke the 2015 ceasefire, mali-facts 5 fact 2), the other's fighters operating in
 * its home areas in strength, or the other fighting one of its coalition partners there. The rule of a party's
 * own offensive is applied by {@link OffensivePlanner} when it picks its objective. A truce broken ends the
 * truces of each side with the other's partners in arms too ({@link Relations#breakTruce}).
 */
public final class TruceKeeping {

    private final World world;
    private final Combat combat;
    /** For each watched pair, the towns where each side had a post when the truce began: [a][b] holds a's. */
    private final BitSet[][] postsAtTruce;

    public TruceKeeping(World world, Combat combat) {
        this.world = world;
        this.combat = combat;
        int n = world.factions().size();
        this.postsAtTruce = new BitSet[n][n];
    }

    /** The day's watch over every truce. */
    public void step() {
        Relations rel = world.relations();
        int n = world.factions().size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (!rel.atTruce(a, b)) {
                    postsAtTruce[a][b] = null;
                    postsAtTruce[b][a] = null;
                    continue;
                }
                if (postsAtTruce[a][b] == null) {
                    postsAtTruce[a][b] = posts(a);
                    postsAtTruce[b][a] = posts(b);
                    continue;
                }
                String reason = broken(a, b);
                if (reason == null) {
                    reason = broken(b, a);
                }
                if (reason != null) {
                    breakTruce(a, b, reason);
                }
            }
        }
    }

    /** Why {@code party} breaks its truce with {@code other} today, or null when it keeps it. */
    private String broken(int party, int other) {
        Relations rel = world.relations();
        if (rel.truceBreaksOn(party, other, TruceRule.BASE_TAKEN)) {
            for (Garrison g : world.garrisons()) {
                if (g.faction() == other && !postsAtTruce[other][party].get(g.town())
                        && world.inHomeArea(party, world.town(g.town()).cell())) {
                    return name(other) + " sets up a post at " + world.town(g.town()).town().name() + ", in "
                            + name(party) + "'s areas";
                }
            }
        }
        if (rel.truceBreaksOn(party, other, TruceRule.INCURSION)) {
            int inside = 0;
            for (ArmedUnit u : world.units()) {
                if (u.faction() == other && u.alive() && u.arrived() && u.mission() != Mission.IDLE
                        && world.inHomeArea(party, u.cell())) {
                    inside += u.strength();
                }
            }
            if (inside >= rel.incursionTroops(party, other)) {
                return inside + " of " + name(other) + "'s fighters operate in " + name(party) + "'s areas";
            }
        }
        if (rel.truceBreaksOn(party, other, TruceRule.ALLY_ATTACKED)) {
            for (Combat.Battle battle : combat.battles()) {
                int x = battle.attackerFaction();
                int y = battle.defenderFaction();
                int partner = x == other ? y : y == other ? x : -1;
                if (partner >= 0 && partner != party && rel.coalition(party, partner) != CoalitionLevel.NONE
                        && world.inHomeArea(party, battle.cell())) {
                    return name(other) + " fights " + name(party) + "'s ally " + name(partner) + " in "
                            + name(party) + "'s areas";
                }
            }
        }
        return null;
    }

    /** Ends the truce between two factions, with its cascade, and says why. */
    public void breakTruce(int a, int b, String reason) {
        int cell = world.town(world.homeTowns(a).get(0)).cell();
        for (int[] pair : world.relations().breakTruce(a, b)) {
            if (world.bothOnMap(pair)) {
                world.emit(EventKind.TRUCE_ENDS, pair[0], pair[1], cell, 0, 0, 0, "the truce between "
                        + name(pair[0]) + " and " + name(pair[1]) + " breaks: " + reason);
            }
        }
    }

    private BitSet posts(int faction) {
        BitSet towns = new BitSet(world.towns().size());
        for (Garrison g : world.garrisons()) {
            if (g.faction() == faction) {
                towns.set(g.town());
            }
        }
        return towns;
    }

    private String name(int faction) {
        return world.faction(faction).name();
    }
}
