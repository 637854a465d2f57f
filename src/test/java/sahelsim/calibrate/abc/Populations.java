package sahelsim.calibrate.abc;

import java.util.ArrayList;
import java.util.List;

/** Hand-made populations for tests outside the ABC: particles with the weights and values a test needs. */
public final class Populations {

    private Populations() {
    }

    /** A last generation (5) of one particle per weight, particle i with the values {@code values[i]}. */
    public static Population of(double[] weights, double[][] values) {
        List<Particle> particles = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            particles.add(new Particle(5, i, values[i], weights[i], i));
        }
        return new Population(5, particles, weights.length - 1, 0.5);
    }
}
