package sahelsim.calibrate.abc;

/**
 * A parameter set to simulate, with the seed of its simulation and its importance weight, both fixed by the
 * generation, the proposal's number and the calibration's seed: any proposal can be made again alone.
 *
 * @param values one per parameter, on the parameter's own scale
 * @param seed   the simulation's seed
 */
public record Proposal(int generation, int index, double[] values, double weight, long seed) {

    public Proposal {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The particle this proposal becomes once simulated at {@code distance}. */
    public Particle simulated(double distance) {
        return new Particle(generation, index, values, weight, distance);
    }
}
