package sahelsim.scenario;

/** Parameters of combat; see docs/scenario-reference.md. */
public record CombatParams(double attrition, double fortification, double terrainDefence, double surprise,
                           double breakLosses, int maxBattleDays, double engagementKm, double clashChance, double collateral, double killedShare,
                           double massacreMedian, double massacreSpread) {
}
