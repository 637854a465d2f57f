package sahelsim.calibrate.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import sahelsim.model.Seeds;

/**
 * The ABC checked where the answer is known: the mean theta of n = 20 observations from N(theta, 1), whose sample
 * mean is 1.2, with a conjugate prior N(mu_0, tau_0^2). The sample mean is sufficient, so as the tolerance shrinks
 * the ABC posterior tends to the exact one, N(mu_n, tau_n^2), with precision 1/tau_n^2 = 1/tau_0^2 + n/sigma^2 and
 * mean mu_n = (mu_0/tau_0^2 + n xbar/sigma^2) tau_n^2 (Gelman et al., Bayesian Data Analysis, 3rd ed., section 2.5).
 * Under the narrow prior the posterior sits halfway between prior and data, which only the importance weights
 * (prior over proposal density) bring about: particles moved by the kernel are no longer draws from the prior.
 */
class NormalMeanPosteriorTest {

    private static final int N = 20;
    private static final double SIGMA = 1;
    private static final double OBSERVED_MEAN = 1.2;

    /** The mean of n draws from N(theta, sigma^2), drawn one by one from the run's own generator. */
    static final Simulator SAMPLE_MEAN = (theta, seed) -> {
        MersenneTwisterFast random = Seeds.generator(seed);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += theta[0] + SIGMA * random.nextGaussian();
        }
        return new double[] {sum / N};
    };

    static final Distance FROM_OBSERVED = stats -> Math.abs(stats[0] - OBSERVED_MEAN);

    @ParameterizedTest(name = "prior N({0}, {1}^2)")
    @CsvSource({"0, 2", "0, 0.5"})
    void thePosteriorOfANormalMeanIsTheConjugateOne(double priorMean, double priorSd) throws Exception {
        double precision = 1 / (priorSd * priorSd) + N / (SIGMA * SIGMA);
        double exactMean = (priorMean / (priorSd * priorSd) + N * OBSERVED_MEAN / (SIGMA * SIGMA)) / precision;
        double exactSd = 1 / Math.sqrt(precision);
        AdaptivePmc abc = new AdaptivePmc(List.of(new Prior.Normal(priorMean, priorSd)),
                new AbcSettings(2000, 0.5, 12, 0.05, 42));
        List<Population> populations = AbcLoop.run(abc, SAMPLE_MEAN, FROM_OBSERVED);
        Population posterior = populations.get(populations.size() - 1);
        String seen = "after " + populations.size() + " generations, tolerance " + posterior.tolerance() + ": mean "
                + posterior.mean(0) + ", sd " + posterior.sd(0) + "; exact " + exactMean + ", " + exactSd;
        assertTrue(posterior.tolerance() < 0.5 * exactSd, seen);
        // The Monte Carlo error of a weighted mean of ~1000 particles (ESS ~ 700) is about tau_n / 26 < 0.01; the
        // tolerance left widens the spread by a few per cent.
        assertEquals(exactMean, posterior.mean(0), 0.03, seen);
        assertEquals(exactSd, posterior.sd(0), 0.1 * exactSd, seen);
        assertEquals(exactMean - 1.6449 * exactSd, posterior.quantile(0, 0.05), 0.25 * exactSd, "5% quantile; " + seen);
        assertEquals(exactMean + 1.6449 * exactSd, posterior.quantile(0, 0.95), 0.25 * exactSd, "95% quantile; " + seen);
    }

    @Test
    void theToleranceFallsAndTheSpreadShrinksFromThePrior() throws Exception {
        AdaptivePmc abc = new AdaptivePmc(List.of(new Prior.Uniform(-5, 5)), new AbcSettings(400, 0.5, 5, 0, 7));
        List<Population> populations = AbcLoop.run(abc, SAMPLE_MEAN, FROM_OBSERVED);
        assertEquals(5, populations.size());
        for (int t = 1; t < populations.size(); t++) {
            assertTrue(populations.get(t).tolerance() <= populations.get(t - 1).tolerance(),
                    "tolerance of generation " + t);
        }
        assertTrue(populations.get(0).sd(0) > 1, "the first population still spreads over the prior");
        assertTrue(populations.get(4).sd(0) < 0.5, "the last is close to the data: sd " + populations.get(4).sd(0));
    }
}
