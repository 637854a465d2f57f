package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairwise covering rows behind the check of values that fail together. */
class TrialCombinationsTest {

    private static void assertEveryPairMeets(List<Integer> sizes, List<int[]> rows) {
        for (int i = 0; i < sizes.size(); i++) {
            for (int j = i + 1; j < sizes.size(); j++) {
                for (int a = 0; a < sizes.get(i); a++) {
                    for (int b = 0; b < sizes.get(j); b++) {
                        int fi = i;
                        int fj = j;
                        int va = a;
                        int vb = b;
                        assertTrue(rows.stream().anyMatch(r -> r[fi] == va && r[fj] == vb), "factors " + i + " and "
                                + j + ", values " + a + " and " + b + " never meet");
                    }
                }
            }
        }
    }

    private static List<List<Integer>> factors(List<Integer> sizes) {
        return sizes.stream().map(n -> Collections.nCopies(n, 0)).toList();
    }

    @Test
    void eightRangesNeedAFewRowsNotEveryPair() {
        List<Integer> sizes = Collections.nCopies(8, 2);
        List<int[]> rows = TrialCombinations.coveringRows(factors(sizes));
        assertEveryPairMeets(sizes, rows);
        assertTrue(rows.size() <= 10, rows.size() + " rows for 8 two-valued factors (112 pairs)");
    }

    @Test
    void unevenFactorsAreCoveredToo() {
        List<Integer> sizes = List.of(4, 2, 3, 1, 5, 2);
        List<int[]> rows = TrialCombinations.coveringRows(factors(sizes));
        assertEveryPairMeets(sizes, rows);
        assertTrue(rows.size() <= 30, rows.size() + " rows; at least 20 are needed (4 x 5)");
    }
}
