package sahelsim.scenario;

/** How a faction fights, recruits and treats civilians; see docs/scenario-reference.md for each value. */
public record Behaviour(int bandSize, double speedKmPerDay, double quality, double aggression, int planningDays,
                        double rangeKm, double retreatRatio, double recruitment, double baseRecruitsPerDay,
                        double rejoinShare,
                        double selectiveViolence, double indiscriminateViolence, double airSupport,
                        double airSupportRadiusKm, double civilianProtection, double protectionRadiusKm,
                        double controlWeight, Aims aims) {
}
