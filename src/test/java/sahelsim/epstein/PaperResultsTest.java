package sahelsim.epstein;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sahelsim.model.rebellion.RebellionRules;

/**
 * The paper's qualitative results on its lattice over several seeds (Epstein 2002, Figs. 3, 9 and 10), each run
 * shared by the assertions on it: punctuated outbursts at L = 0.82, no large outburst when legitimacy falls from 0.9
 * to 0 in small steps, a large one when it drops from 0.9 to 0.7 at once; and none of it with the ratio C/A as the
 * paper prints it. Runs are as short as the results allow.
 */
class PaperResultsTest {

    private static final long[] SEEDS = {1, 2, 3, 4, 5};
    private static final LegitimacyPath FIG_3 = LegitimacyPath.constant(0.82);
    private static final LegitimacyPath FIG_9 = LegitimacyPath.gradual(0.9, 0.0, 0, 250);
    private static final LegitimacyPath FIG_10 = LegitimacyPath.sudden(0.9, 0.7, 77);

    private static final List<RunSeries> constant = new ArrayList<>();
    private static final List<RunSeries> gradual = new ArrayList<>();
    private static final List<RunSeries> sudden = new ArrayList<>();
    private static final List<RunSeries> exactRatio = new ArrayList<>();

    @BeforeAll
    static void run() {
        Lattice exact = Lattice.paper().withRules(RebellionRules.paper().withRatio(RebellionRules.CopRatio.EXACT));
        for (long seed : SEEDS) {
            constant.add(RunSeries.record(CivilViolence.start(Lattice.paper(), FIG_3, seed), 300));
            gradual.add(RunSeries.record(CivilViolence.start(Lattice.paper(), FIG_9, seed), 250));
            sudden.add(RunSeries.record(CivilViolence.start(Lattice.paper(), FIG_10, seed), 130));
        }
        for (int i = 0; i < 2; i++) {
            exactRatio.add(RunSeries.record(CivilViolence.start(exact, FIG_3, SEEDS[i]), 200));
        }
    }

    @Test
    void atLegitimacy082OutburstsComeAndGoWithQuietSpellsBetween() {
        for (RunSeries run : constant) {
            List<Outburst> outbursts = Outburst.find(run);
            assertTrue(PaperResult.PUNCTUATED_EQUILIBRIUM.holds(run, FIG_3), "outbursts: " + outbursts);
            assertTrue(outbursts.size() >= 6, "300 steps gave only " + outbursts.size() + " outbursts");
            for (int i = 1; i < outbursts.size(); i++) {
                int quietStep = outbursts.get(i - 1).end();
                assertTrue(run.active()[quietStep] <= 0.01 * run.citizens(), "no quiet step before " + outbursts.get(i));
            }
            assertTrue(run.peakActive() < 0.4 * run.citizens(), "no outburst is large at a steady 0.82");
        }
    }

    @Test
    void legitimacyFallingInSmallStepsBringsNoLargeOutburst() {
        for (RunSeries run : gradual) {
            assertTrue(PaperResult.NO_LARGE_OUTBURST_IN_GRADUAL_DECLINE.holds(run, FIG_9),
                    "peak " + run.peakActive() + " at step " + run.peakStep());
            assertEquals(0.0, run.legitimacy()[250], 1e-12);
        }
    }

    @Test
    void aSmallerDropInOneJumpBringsALargeOutburstAtOnce() {
        for (RunSeries run : sudden) {
            assertTrue(PaperResult.LARGE_OUTBURST_AFTER_SUDDEN_DROP.holds(run, FIG_10),
                    "peak " + run.peakActive() + " at step " + run.peakStep());
            assertTrue(Outburst.find(run).get(0).start() >= 77, "nobody goes active at 0.9");
            assertTrue(run.peakStep() < 77 + 20, "the outburst comes within 20 steps of the drop");
        }
    }

    @Test
    void theSuddenDropOutdoesTheGradualDeclineThoughItFallsLess() {
        for (int i = 0; i < SEEDS.length; i++) {
            assertTrue(sudden.get(i).peakActive() > 1.5 * gradual.get(i).peakActive(),
                    "seed " + SEEDS[i] + ": sudden " + sudden.get(i).peakActive() + ", gradual "
                            + gradual.get(i).peakActive());
        }
    }

    @Test
    void theRatioAsPrintedGivesNoOutburstAtAll() {
        for (RunSeries run : exactRatio) {
            assertEquals(List.of(), Outburst.find(run));
            assertTrue(run.peakActive() < 0.05 * run.citizens(), "peak " + run.peakActive());
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        RunSeries again = RunSeries.record(CivilViolence.start(Lattice.paper(), FIG_3, SEEDS[0]), 100);
        assertArrayEquals(Arrays.copyOf(constant.get(0).active(), 101), again.active());
        assertArrayEquals(Arrays.copyOf(constant.get(0).jailed(), 101), again.jailed());
        RunSeries other = RunSeries.record(CivilViolence.start(Lattice.paper(), FIG_3, SEEDS[0] + (1L << 32)), 100);
        assertFalse(Arrays.equals(again.active(), other.active()), "all 64 bits of the seed count");
    }
}
