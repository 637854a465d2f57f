package sahelsim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import sahelsim.scenario.ScenarioError;

/**
 * Finds the combinations of parameter values (each already valid alone) that fail together. With few
 * combinations every one is tried. Otherwise every pair of two parameters' values is tried, packed into few
 * trials by a greedy pairwise covering array (Cohen et al. 1997, "The AETG system", IEEE Trans. Softw. Eng.
 * 23(7)): eight two-ended ranges need about six trials rather than 112 pairs. A trial that fails is narrowed to
 * the pairs in it that fail; one whose pairs all pass is a failure of three or more values, reported whole.
 * Failures that need three values and never meet in a trial can be missed (docs/sweeps.md says so).
 */
final class TrialCombinations {

    /** Most combinations of all parameters' values tried one by one; beyond, pairs are covered. */
    static final int MAX_EXHAUSTIVE = 32;

    private TrialCombinations() {
    }

    /** The failing combinations and their errors, in a stable order; {@code derive} gives null for a valid one. */
    static Map<List<ParameterReader.Trial>, ScenarioError> failing(List<List<ParameterReader.Trial>> trials,
            Function<List<ParameterReader.Trial>, ScenarioError> derive) {
        List<List<ParameterReader.Trial>> factors = trials.stream().filter(t -> !t.isEmpty()).toList();
        Map<List<ParameterReader.Trial>, ScenarioError> failing = new LinkedHashMap<>();
        if (factors.size() < 2) {
            return failing;
        }
        long product = 1;
        for (List<ParameterReader.Trial> own : factors) {
            product = Math.min(product * own.size(), MAX_EXHAUSTIVE + 1L);
        }
        if (product <= MAX_EXHAUSTIVE) {
            for (List<ParameterReader.Trial> combination : product(factors)) {
                ScenarioError error = derive.apply(combination);
                if (error != null) {
                    failing.put(combination, error);
                }
            }
            return failing;
        }
        Set<List<ParameterReader.Trial>> passed = new LinkedHashSet<>();
        for (int[] row : coveringRows(factors)) {
            List<ParameterReader.Trial> combination = new ArrayList<>();
            for (int f = 0; f < row.length; f++) {
                combination.add(factors.get(f).get(row[f]));
            }
            ScenarioError error = derive.apply(combination);
            if (error == null) {
                passed.addAll(pairs(combination));
                continue;
            }
            boolean narrowed = false;
            for (List<ParameterReader.Trial> pair : pairs(combination)) {
                if (passed.contains(pair) || failing.containsKey(pair)) {
                    narrowed |= failing.containsKey(pair);
                    continue;
                }
                ScenarioError pairError = derive.apply(pair);
                if (pairError == null) {
                    passed.add(pair);
                } else {
                    failing.put(pair, pairError);
                    narrowed = true;
                }
            }
            if (!narrowed) {
                failing.put(combination, error);
            }
        }
        return failing;
    }

    private static List<List<ParameterReader.Trial>> pairs(List<ParameterReader.Trial> combination) {
        List<List<ParameterReader.Trial>> pairs = new ArrayList<>();
        for (int i = 0; i < combination.size(); i++) {
            for (int j = i + 1; j < combination.size(); j++) {
                pairs.add(List.of(combination.get(i), combination.get(j)));
            }
        }
        return pairs;
    }

    private static List<List<ParameterReader.Trial>> product(List<List<ParameterReader.Trial>> factors) {
        List<List<ParameterReader.Trial>> out = List.of(List.of());
        for (List<ParameterReader.Trial> own : factors) {
            List<List<ParameterReader.Trial>> longer = new ArrayList<>();
            for (List<ParameterReader.Trial> prefix : out) {
                for (ParameterReader.Trial t : own) {
                    List<ParameterReader.Trial> c = new ArrayList<>(prefix);
                    c.add(t);
                    longer.add(c);
                }
            }
            out = longer;
        }
        return out;
    }

    /**
     * Rows of value indices in which every pair of values of two factors meets at least once. Each row starts from
     * the first pair not yet covered and gives every other factor the value that covers most new pairs with the
     * values already chosen (the lowest index on ties), so the rows are the same on every machine.
     */
    static List<int[]> coveringRows(List<? extends List<?>> factors) {
        int k = factors.size();
        int[] sizes = factors.stream().mapToInt(List::size).toArray();
        boolean[][][][] covered = new boolean[k][k][][];
        long uncovered = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                covered[i][j] = new boolean[sizes[i]][sizes[j]];
                uncovered += (long) sizes[i] * sizes[j];
            }
        }
        List<int[]> rows = new ArrayList<>();
        while (uncovered > 0) {
            int[] row = new int[k];
            Arrays.fill(row, -1);
            seed(covered, sizes, row);
            for (int f = 0; f < k; f++) {
                if (row[f] >= 0) {
                    continue;
                }
                int best = 0;
                int bestGain = -1;
                for (int v = 0; v < sizes[f]; v++) {
                    int gain = 0;
                    for (int g = 0; g < k; g++) {
                        if (g != f && row[g] >= 0 && !isCovered(covered, f, v, g, row[g])) {
                            gain++;
                        }
                    }
                    if (gain > bestGain) {
                        best = v;
                        bestGain = gain;
                    }
                }
                row[f] = best;
            }
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    if (!covered[i][j][row[i]][row[j]]) {
                        covered[i][j][row[i]][row[j]] = true;
                        uncovered--;
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Sets the two values of the first pair not yet covered. */
    private static void seed(boolean[][][][] covered, int[] sizes, int[] row) {
        for (int i = 0; i < sizes.length; i++) {
            for (int j = i + 1; j < sizes.length; j++) {
                for (int a = 0; a < sizes[i]; a++) {
                    for (int b = 0; b < sizes[j]; b++) {
                        if (!covered[i][j][a][b]) {
                            row[i] = a;
                            row[j] = b;
                            return;
                        }
                    }
                }
            }
        }
    }

    private static boolean isCovered(boolean[][][][] covered, int f, int v, int g, int w) {
        return f < g ? covered[f][g][v][w] : covered[g][f][w][v];
    }
}
