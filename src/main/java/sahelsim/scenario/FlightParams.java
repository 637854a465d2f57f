package sahelsim.scenario;

/** Where people who flee go and when they come home, after Flee; see docs/scenario-reference.md. */
public record FlightParams(double speedKmPerDay, double softeningKm, double distancePower, int awarenessLinks,
                           double campWeight, double conflictWeight, double conflictMoveChance, double dangerDetour,
                           int returnAfterSafeDays, double refugeeReturnShare) {
}
