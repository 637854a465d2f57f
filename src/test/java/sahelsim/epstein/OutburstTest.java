package sahelsim.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The definition of an outburst on hand-made series of 100 citizens: 5 active make one, 1 or fewer is quiet. */
class OutburstTest {

    private static RunSeries series(int... active) {
        int n = active.length;
        return new RunSeries(100, active, new int[n], new int[n], new double[n]);
    }

    @Test
    void anOutburstRunsFromTheFirstStepAtFivePercentToTheNextQuietStep() {
        List<Outburst> found = Outburst.find(series(0, 2, 5, 30, 12, 1, 0));
        assertEquals(List.of(new Outburst(2, 5, 3, 30)), found);
    }

    @Test
    void peaksWithNoQuietStepBetweenAreOneOutburst() {
        assertEquals(1, Outburst.find(series(0, 8, 3, 9, 2, 7, 0)).size());
        assertEquals(2, Outburst.find(series(0, 8, 1, 9, 0)).size());
    }

    @Test
    void anOutburstStillUnderWayEndsWithTheRun() {
        assertEquals(List.of(new Outburst(1, 3, 3, 50)), Outburst.find(series(0, 6, 20, 50)));
        assertEquals(List.of(), Outburst.find(series(0, 4, 3, 4, 0)));
    }

    @Test
    void aLargeOutburstHasFortyPercentOut() {
        assertTrue(new Outburst(1, 5, 2, 40).isLarge(100));
        assertFalse(new Outburst(1, 5, 2, 39).isLarge(100));
    }

    @Test
    void eachPaperResultIsTheOneItsLegitimacyPathCallsFor() {
        assertEquals(PaperResult.PUNCTUATED_EQUILIBRIUM, PaperResult.expectedFor(LegitimacyPath.constant(0.82)));
        assertEquals(PaperResult.NO_LARGE_OUTBURST_IN_GRADUAL_DECLINE,
                PaperResult.expectedFor(LegitimacyPath.gradual(0.9, 0, 0, 250)));
        assertEquals(PaperResult.LARGE_OUTBURST_AFTER_SUDDEN_DROP,
                PaperResult.expectedFor(LegitimacyPath.sudden(0.9, 0.7, 77)));
        RunSeries twoOutbursts = series(0, 9, 0, 9, 0);
        assertFalse(PaperResult.PUNCTUATED_EQUILIBRIUM.holds(twoOutbursts, LegitimacyPath.constant(0.82)));
        RunSeries threeOutbursts = series(0, 9, 0, 9, 0, 50, 0);
        assertTrue(PaperResult.PUNCTUATED_EQUILIBRIUM.holds(threeOutbursts, LegitimacyPath.constant(0.82)));
        assertTrue(PaperResult.LARGE_OUTBURST_AFTER_SUDDEN_DROP.holds(threeOutbursts, LegitimacyPath.sudden(0.9, 0.7, 4)));
        assertFalse(PaperResult.LARGE_OUTBURST_AFTER_SUDDEN_DROP.holds(threeOutbursts,
                LegitimacyPath.sudden(0.9, 0.7, 6)));
        assertFalse(PaperResult.NO_LARGE_OUTBURST_IN_GRADUAL_DECLINE.holds(threeOutbursts,
                LegitimacyPath.gradual(0.9, 0, 0, 6)));
    }

    @Test
    void legitimacyPathsFallAsDescribed() {
        LegitimacyPath gradual = LegitimacyPath.gradual(0.9, 0.5, 10, 4);
        assertEquals(0.9, gradual.at(10), 1e-12);
        assertEquals(0.8, gradual.at(11), 1e-12);
        assertEquals(0.5, gradual.at(14), 1e-12);
        assertEquals(0.5, gradual.at(100), 1e-12);
        LegitimacyPath sudden = LegitimacyPath.sudden(0.9, 0.7, 77);
        assertEquals(0.9, sudden.at(76), 1e-12);
        assertEquals(0.7, sudden.at(77), 1e-12);
    }
}
