package sahelsim.scenario;

import java.util.List;

/**
 * Hostility between two factions, their truce if they start at one, what breaks it, and how far apart their
 * aims lie (the cost of an alliance between them).
 *
 * @param truceBreaksOn       the rules by which either party breaks the truce
 * @param incursionTroops     for {@link TruceRule#INCURSION}: the other side's fighters operating in a party's
 *                            home areas that break the truce
 * @param ideologicalDistance 0 (the same aims) to 1 (irreconcilable): what an alliance between the two costs each
 */
public record RelationSpec(String id, String a, String b, double hostility, boolean truce,
                           List<TruceRule> truceBreaksOn, int incursionTroops, double ideologicalDistance) {

    public RelationSpec {
        truceBreaksOn = List.copyOf(truceBreaksOn);
    }
}
