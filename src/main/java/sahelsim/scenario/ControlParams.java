package sahelsim.scenario;

/** Parameters of influence and control zones; see docs/scenario-reference.md. */
public record ControlParams(double garrisonKernelKm, double unitKernelKm, double minInfluence,
                           double supportWeight, double persistenceDays) {
}
