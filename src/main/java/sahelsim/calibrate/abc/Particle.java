package sahelsim.calibrate.abc;

/**
 * One simulated parameter set: where it was proposed, its values, its importance weight and its distance from the
 * observations. Particles are rebuilt from the calibration's logs, so a population is the same whether it was
 * made in one process or across interruptions.
 *
 * @param generation the generation that proposed it
 * @param proposal   its number among that generation's proposals, from 0
 * @param values     one value per parameter, in the file's order, on the parameter's own scale
 * @param weight     prior density over the proposal density (1 for a draw from the prior), not normalised
 * @param distance   its distance from the observations
 */
public record Particle(int generation, int proposal, double[] values, double weight, double distance) {

    public Particle {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int parameter) {
        return values[parameter];
    }

    /** Older particles first, then by proposal: the order that breaks ties between equal distances. */
    int compareOrigin(Particle other) {
        int byGeneration = Integer.compare(generation, other.generation);
        return byGeneration != 0 ? byGeneration : Integer.compare(proposal, other.proposal);
    }
}
