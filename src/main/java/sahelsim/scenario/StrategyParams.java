package sahelsim.scenario;

/**
 * How factions take their turning points when the run decides them ({@code forcing: none}).
 *
 * @param reviewDays days between two strategic reviews of a faction
 */
public record StrategyParams(int reviewDays, OffensiveParams offensive, AllianceParams alliance) {
}
