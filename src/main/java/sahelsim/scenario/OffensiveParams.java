package sahelsim.scenario;

/**
 * How a faction chooses the town it stakes an offensive or a siege on: worth times opportunity times threat
 * times its chance, against a threshold.
 *
 * @param launchScore    the score a town must reach to become the objective
 * @param vacatedBonus   added to the opportunity where a foreign base at or near the town was left recently
 * @param vacatedDays    how long a vacated base stays an opportunity
 * @param cutOffBonus    added where the holder's garrison is short of supplies or blockaded
 * @param airCoverBonus  added where no hostile air power covers the town
 * @param threatWeight   weight of the enemy's strength at a town in or near the faction's home areas, relative to
 *                       the faction's own strength
 * @param siegeBelowOdds below these odds a faction that blockades starves the town rather than storms it
 * @param holdDays       days an objective is kept before it is weighed again
 * @param giveUpDays     days after which an objective not taken is given up
 * @param responseWeight weight of the force the holder's side can send to the town's aid, added to its defence
 * @param breakOffLosses share of its power a faction may lose after taking up an objective before it breaks off
 */
public record OffensiveParams(double launchScore, double vacatedBonus, int vacatedDays, double cutOffBonus,
                              double airCoverBonus, double threatWeight, double siegeBelowOdds, int holdDays,
                              int giveUpDays, double responseWeight,
                              double breakOffLosses) {
}
