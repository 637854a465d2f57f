package sahelsim.sweep.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PRIM on synthetic data with a known box: 500 cases uniform on [0, 1]^3 (src/test/resources/prim/synthetic-box.csv,
 * written once by numpy with seed 20240601 and 4 decimals), of interest inside x1 in [0.2, 0.6], x2 in [0.3, 0.8]
 * with 5% of the labels flipped; x3 is noise.
 */
class PrimTest {

    private static PrimData synthetic() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/prim/synthetic-box.csv"));
        int n = lines.size() - 1;
        double[][] x = new double[3][n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int c = 0; c < 3; c++) {
                x[c][i] = Double.parseDouble(cells[c]);
            }
            y[i] = cells[3].equals("1");
        }
        return new PrimData(List.of(new PrimData.Numeric("x1", x[0], false), new PrimData.Numeric("x2", x[1], false),
                new PrimData.Numeric("x3", x[2], false)), y);
    }

    @Test
    void theBoxChosenByDefaultIsTheKnownBoxWithinTolerance() throws IOException {
        Prim prim = new Prim(synthetic(), 0.05, 0.05, 0.05);
        List<PrimBox> trajectory = prim.trajectory();
        PrimBox box = trajectory.get(BoxChoice.of(trajectory));
        assertEquals(0.2, box.lower()[0], 0.05);
        assertEquals(0.6, box.upper()[0], 0.05);
        assertEquals(0.3, box.lower()[1], 0.05);
        assertEquals(0.8, box.upper()[1], 0.05);
        assertEquals(2, box.restricted(), "x3, noise, is restricted");
        assertTrue(box.density() > 0.9 && box.coverage() > 0.75, box.toString());
    }

    /**
     * The EMA Workbench's box on the same data. Reference values from following the Workbench's binary PRIM
     * (ema_workbench/analysis/prim.py and prim_util.py at commit 819a4b6c: lenient1 objective, peel_alpha =
     * paste_alpha = mass_min = 0.05, sdtoolkit quantiles, ties to fewer restricted dimensions then the first
     * candidate, quasi-p by scipy's one-sided binomtest) step by step in numpy, as PyPI is not reachable here to
     * run it: 34 peels leave 84 cases, 82 of interest, then one paste of x2's upper limit, to 89 cases, 87 of
     * interest; the Workbench selects the last box of the trajectory.
     */
    @Test
    void theTrajectoryAndTheLastBoxAreTheEmaWorkbenchs() throws IOException {
        Prim prim = new Prim(synthetic(), 0.05, 0.05, 0.05);
        List<PrimBox> trajectory = prim.trajectory();
        assertEquals(35, trajectory.size());
        int[] cases = {500, 475, 451, 428, 406, 385, 365, 346, 328, 311, 295, 280, 266, 251, 238, 226, 214, 203, 192,
            182, 172, 163, 154, 146, 138, 131, 124, 117, 111, 105, 99, 94, 89, 84, 89};
        int[] interest = {125, 123, 121, 120, 120, 120, 118, 118, 117, 117, 117, 115, 115, 114, 113, 112, 110, 107,
            107, 107, 106, 105, 105, 103, 103, 102, 102, 102, 101, 99, 94, 90, 86, 82, 87};
        for (int k = 0; k < cases.length; k++) {
            assertEquals(cases[k], trajectory.get(k).cases(), "cases of box " + k);
            assertEquals(interest[k], trajectory.get(k).interest(), "cases of interest of box " + k);
        }
        PrimBox last = trajectory.get(34);
        assertEquals(PrimBox.Phase.PASTE, last.phase());
        assertEquals(0.2076, last.lower()[0], 1e-12);
        assertEquals(0.6059, last.upper()[0], 1e-12);
        assertEquals(0.3498, last.lower()[1], 1e-12);
        assertEquals(0.77305, last.upper()[1], 1e-12);
        assertEquals(0.696, last.coverage(), 1e-12);
        assertEquals(87.0 / 89, last.density(), 1e-12);
        List<Significance.Limit> qp = Significance.of(prim, last);
        assertEquals(2, qp.size());
        assertEquals(1.91486e-14, qp.get(0).lower(), 1e-18);
        assertEquals(3.00552e-20, qp.get(0).upper(), 1e-24);
        assertEquals(2.74128e-17, qp.get(1).lower(), 1e-21);
        assertEquals(5.69475e-12, qp.get(1).upper(), 1e-16);
    }

    @Test
    void aCategoricalColumnIsPeeledToItsValueOfInterest() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 600;
        double[] x = new double[n];
        int[] variant = new int[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            variant[i] = random.nextInt(3);
            y[i] = variant[i] == 1 && x[i] > 0.5;
        }
        Prim prim = new Prim(new PrimData(List.of(new PrimData.Numeric("x", x, false),
                new PrimData.Categorical("withdrawal", List.of("early", "late", "never"), variant)), y), 0.05, 0.05,
                0.05);
        List<PrimBox> trajectory = prim.trajectory();
        PrimBox box = trajectory.get(BoxChoice.of(trajectory));
        BitSet late = new BitSet();
        late.set(1);
        assertEquals(late, box.kept()[1]);
        assertNull(box.kept()[0]);
        assertEquals(0.5, box.lower()[0], 0.05);
        List<Significance.Limit> qp = Significance.of(prim, box);
        assertTrue(qp.get(1).lower() < 1e-6, qp.toString());
    }

    @Test
    void theChosenBoxIsTheWidestOfNearlyTheHighestDensity() {
        List<PrimBox> boxes = new ArrayList<>();
        int[][] counts = {{100, 20}, {80, 19}, {37, 18}, {30, 15}};
        for (int k = 0; k < counts.length; k++) {
            boxes.add(new PrimBox(k, PrimBox.Phase.PEEL, new double[0], new double[0], new BitSet[0], counts[k][0],
                    counts[k][1], counts[k][1] / 20.0, counts[k][0] / 100.0, 1));
        }
        // Densities 0.2, 0.2375, 0.486, 0.5: box 2 is within 95% of 0.5 and covers more than box 3.
        assertEquals(2, BoxChoice.of(boxes));
    }

    @Test
    void theBinomialTailKeepsItsPrecision() {
        assertEquals(0.5, Significance.atLeast(1, 1, 0.5), 1e-15);
        assertEquals(1 - Math.pow(0.9, 10), Significance.atLeast(1, 10, 0.1), 1e-15);
        assertEquals(Math.pow(0.1, 10), Significance.atLeast(10, 10, 0.1), 1e-24);
    }
}
