package sahelsim.scenario;

/**
 * Civilians who rebel, after Model I of J. M. Epstein, "Modeling civil violence", PNAS 99 suppl. 3 (2002), inside
 * the Mali model (docs/ODD.md, section 7.21; each key's meaning and source: docs/scenario-reference.md).
 *
 * @param representatives   representative civilians per cell, each standing for an equal share of its people
 * @param threshold         T: how far grievance must exceed net risk for a civilian to go active
 * @param arrestConstant    k in the estimated arrest probability P = 1 - exp(-k (C/A))
 * @param maxJailDays       J_max: jail terms are drawn from U(0, J_max) days
 * @param copRatio          how C/A enters P: {@code whole}, whole state troops per active civilian, floor(C/A), or
 *                          {@code exact}, as is
 * @param visionKm          v: how far, in km, a civilian counts state troops and active civilians, and a state
 *                          force arrests
 * @param arrestsPerTroop   arrests a state-side soldier makes per day at most, among active civilians in reach
 * @param abuseReach        people of the cell whose trust in the state an abusive arrest costs
 * @param copsPerSoldier    how many of the paper's cops one state-side soldier counts for in C
 * @param minCrowd          active civilians facing troops near a town that make a protest or a riot
 * @param quietRecruitment  how readily a quiet civilian joins an armed group, relative to an active one of the same
 *                          grievance
 */
public record RebellionParams(int representatives, double threshold, double arrestConstant, int maxJailDays,
                              String copRatio, double visionKm, double copsPerSoldier, double arrestsPerTroop,
                              double abuseReach, int minCrowd, double quietRecruitment) {

    /** Whether C/A enters P as whole troops per active civilian (the schema allows only whole and exact). */
    public boolean wholeRatio() {
        return copRatio.equals("whole");
    }
}
