package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.sweep.design.SaltelliDesign;

class SobolAnalysisTest {

    @Test
    void theClosedFormsGiveTheIshigamiIndicesOfTheLiterature() {
        assertEquals(0.3139, Ishigami.firstOrder()[0], 1e-4);
        assertEquals(0.4424, Ishigami.firstOrder()[1], 1e-4);
        assertEquals(0.5576, Ishigami.total()[0], 1e-4);
        assertEquals(0.2437, Ishigami.total()[2], 1e-4);
    }

    /**
     * With N = 4096 quasi-random base samples (20,480 evaluations) the estimates come within 0.001 of the closed
     * forms (S = 0.3142, 0.4427, -0.0001; S_T = 0.5575, 0.4427, 0.2433); the test allows 0.01, a tenth of what
     * the bootstrap intervals span at this size, and requires the intervals to cover the true values.
     */
    @Test
    void recoversTheIshigamiIndices() {
        SaltelliDesign design = new SaltelliDesign(4096, 3);
        SobolIndices result = new SobolAnalysis(design, new Bootstrap(200, 1)).analyze(Evaluate.at(design, Ishigami::at));
        assertEquals(4096, result.baseSamplesUsed());
        for (int i = 0; i < 3; i++) {
            SobolIndex index = result.indices().get(i);
            assertEquals(Ishigami.firstOrder()[i], index.firstOrder(), 0.01, "S" + (i + 1));
            assertEquals(Ishigami.total()[i], index.total(), 0.01, "ST" + (i + 1));
            assertTrue(index.firstOrderConfidence().contains(Ishigami.firstOrder()[i]), "S" + (i + 1) + " interval "
                    + index.firstOrderConfidence());
            assertTrue(index.totalConfidence().contains(Ishigami.total()[i]), "ST" + (i + 1) + " interval "
                    + index.totalConfidence());
        }
    }

    @Test
    void smallerSamplesGiveWiderIntervalsThatStillCoverTheTruth() {
        SaltelliDesign small = new SaltelliDesign(256, 3);
        SaltelliDesign large = new SaltelliDesign(2048, 3);
        SobolIndex x1Small = new SobolAnalysis(small, new Bootstrap(300, 5)).analyze(Evaluate.at(small, Ishigami::at))
                .indices().get(0);
        SobolIndex x1Large = new SobolAnalysis(large, new Bootstrap(300, 5)).analyze(Evaluate.at(large, Ishigami::at))
                .indices().get(0);
        assertTrue(x1Small.firstOrderConfidence().width() > 2 * x1Large.firstOrderConfidence().width());
        assertTrue(x1Small.firstOrderConfidence().contains(Ishigami.firstOrder()[0]));
    }

    @Test
    void anAdditiveModelHasEqualFirstOrderAndTotalIndices() {
        // f = x1 + 2 x2 on the unit square: V = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, no interaction.
        SaltelliDesign design = new SaltelliDesign(1024, 2);
        SobolIndices result = new SobolAnalysis(design, new Bootstrap(100, 2))
                .analyze(Evaluate.at(design, x -> 1000 + x[0] + 2 * x[1]));
        assertEquals(0.2, result.indices().get(0).firstOrder(), 0.01);
        assertEquals(0.8, result.indices().get(1).firstOrder(), 0.01);
        assertEquals(0.2, result.indices().get(0).total(), 0.01);
        assertEquals(0.8, result.indices().get(1).total(), 0.01);
        assertEquals(5.0 / 12, result.variance(), 0.01);
    }

    @Test
    void leavesOutBaseSamplesWithAMissingRunAndIsReproducible() {
        SaltelliDesign design = new SaltelliDesign(512, 3);
        double[] y = Evaluate.at(design, Ishigami::at);
        y[design.ab(7, 1)] = Double.NaN;
        y[design.b(100)] = Double.NaN;
        SobolAnalysis analysis = new SobolAnalysis(design, new Bootstrap(100, 3));
        SobolIndices first = analysis.analyze(y);
        assertEquals(510, first.baseSamplesUsed());
        assertTrue(Double.isFinite(first.indices().get(0).firstOrder()));
        assertEquals(first, analysis.analyze(y), "same outcomes and bootstrap seed, same indices and intervals");
        assertThrows(IllegalArgumentException.class, () -> analysis.analyze(new double[10]));
    }

    @Test
    void aConstantOutcomeHasNoIndices() {
        SaltelliDesign design = new SaltelliDesign(64, 2);
        SobolIndex index = new SobolAnalysis(design, new Bootstrap(50, 1)).analyze(Evaluate.at(design, x -> 5))
                .indices().get(0);
        assertTrue(Double.isNaN(index.firstOrder()) && Double.isNaN(index.firstOrderConfidence().low()));
    }
}
