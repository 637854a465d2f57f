package sahelsim.calibrate.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A draw by weight from a population: each particle by its weight, a weightless one never. */
class PopulationDrawTest {

    @Test
    void aDrawPastTheRoundedSumOfTheWeightsFallsToAParticleThatHasWeight() {
        // Normalised, 1/22, 1/23 and 1/24 sum to 0.9999999999999998: a draw just short of 1 passes them all.
        Population p = Populations.of(new double[] {1.0 / 22, 1.0 / 23, 1.0 / 24, 0},
                new double[][] {{1}, {2}, {3}, {4}});
        assertEquals(2, p.drawn(Math.nextDown(1.0)));
        assertEquals(0, p.drawn(0));
        assertEquals(1, p.drawn(0.4));
    }

    @Test
    void aWeightlessFirstParticleIsNeverDrawn() {
        Population p = Populations.of(new double[] {0, 1}, new double[][] {{1}, {2}});
        assertEquals(1, p.drawn(0));
    }
}
