package sahelsim.scenario;

/**
 * How armed groups weigh a coalition (after F. Christia, Alliance Formation in Civil Wars, 2012): a group
 * seeks allies when it cannot face its strongest shared enemy alone, and accepts when the power it gains
 * outweighs the cost of the partner's aims.
 *
 * @param needRatio         a group seeks allies while its power is below this multiple of the shared enemy's
 * @param ideologyCost      the cost of a full alliance between groups whose aims lie 1 apart
 * @param tacticalCostShare the share of that cost a tactical alliance carries (it asks less of each)
 * @param stayShare         a member leaves when its gain falls below this share of its cost
 */
public record AllianceParams(double needRatio, double ideologyCost, double tacticalCostShare, double stayShare) {
}
