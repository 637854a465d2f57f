package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.sweep.design.MorrisDesign;

class MorrisAnalysisTest {

    /** x1 linear, x2 non-linear, x3 inert, x4 and x5 interacting, x6 linear and negative. */
    private static double model(double[] x) {
        return 2 * x[0] + 3 * x[1] * x[1] + 0 * x[2] + 4 * x[3] * x[4] - 5 * x[5];
    }

    @Test
    void separatesLinearNonLinearInteractingAndInertInputs() {
        MorrisDesign design = new MorrisDesign(30, 6, 4, 17);
        MorrisEffects result = new MorrisAnalysis(design, new Bootstrap(200, 1)).analyze(Evaluate.at(design,
                MorrisAnalysisTest::model));
        List<MorrisEffect> e = result.effects();
        assertEquals(30, result.trajectoriesUsed());
        // A linear input has one elementary effect everywhere: mu = mu* = its slope, sigma = 0.
        assertEquals(2, e.get(0).mu(), 1e-9);
        assertEquals(2, e.get(0).muStar(), 1e-9);
        assertEquals(0, e.get(0).sigma(), 1e-9);
        assertEquals(-5, e.get(5).mu(), 1e-9);
        assertEquals(5, e.get(5).muStar(), 1e-9, "mu* ignores the sign");
        // 3 x²: EE = 3 (2x + Δ) with x in {0, 1/3} and Δ = 2/3, so 2 or 4: mu* between, sigma > 0.
        assertTrue(e.get(1).muStar() >= 2 && e.get(1).muStar() <= 4);
        assertTrue(e.get(1).sigma() > 0.5);
        // An inert input has no effect at all.
        assertEquals(0, e.get(2).muStar(), 1e-12);
        assertEquals(0, e.get(2).sigma(), 1e-12);
        // 4 x4 x5: each one's effect depends on the other, so sigma is large next to mu*.
        assertTrue(e.get(3).sigma() > 0.5 * e.get(3).muStar() && e.get(3).muStar() > 0.5);
        assertTrue(e.get(1).muStarConfidence().contains(e.get(1).muStar()));
    }

    @Test
    void leavesOutTrajectoriesWithAMissingRun() {
        MorrisDesign design = new MorrisDesign(10, 6, 4, 2);
        double[] y = Evaluate.at(design, MorrisAnalysisTest::model);
        y[design.row(4, 3)] = Double.NaN;
        MorrisEffects result = new MorrisAnalysis(design, new Bootstrap(50, 1)).analyze(y);
        assertEquals(9, result.trajectoriesUsed());
        assertEquals(2, result.effects().get(0).muStar(), 1e-9);
    }
}
