package sahelsim.model.strategy;

/**
 * A town a faction might stake an offensive on, as its strategy sees it.
 *
 * @param town       the town's index
 * @param worth      what the town is worth to the faction (as its Command values towns)
 * @param odds       the force the faction and its partners can bring within their range, over the town's defence
 * @param vacated    a foreign base at the town or near it was left recently
 * @param cutOff     the holder's garrison is short of supplies or blockaded
 * @param uncovered  no hostile air power covers the town
 * @param threat     the enemy's fighters at the town, over the faction's own, where the town lies in or near its
 *                   home areas (0 elsewhere)
 * @param siegeable  the faction blockades towns and the holder lives on convoys: the town can be starved
 * @param keeps      the faction keeps the towns it takes (its aims value holding them)
 */
public record Prospect(int town, double worth, double odds, boolean vacated, boolean cutOff, boolean uncovered,
                       double threat, boolean siegeable, boolean keeps) {
}
