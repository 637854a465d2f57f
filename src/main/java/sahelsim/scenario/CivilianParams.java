package sahelsim.scenario;

/** Parameters of the population; see docs/scenario-reference.md. */
public record CivilianParams(double populationScale, double growthRate, int displacedAtStart,
                             int refugeesAtStart, double legitimacy, double hardship,
                             double hardshipSpread, double homeAffinity, double baseAffinity, double flightThreshold,
                             double flightRate, double returnThreshold, double returnRate,
                             double fearHalfLifeDays, double battleFear, double violenceFear, double contestedFear,
                             double abuseLegitimacyLoss, double abuseAffinityShift, double blockadeHardship,
                             double affinityDrift, double legitimacyRecoveryDays, FlightParams flight,
                             RebellionParams rebellion) {
}
