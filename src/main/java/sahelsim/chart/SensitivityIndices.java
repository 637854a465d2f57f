package sahelsim.chart;

import java.util.List;

/**
 * Sensitivity indices of one outcome to each swept parameter, with confidence intervals, for a bar chart:
 * Sobol first-order and total indices (S1, ST), or Morris mu* and sigma.
 *
 * @param method "Sobol", "Morris", ... as the subtitle names it
 */
public record SensitivityIndices(String outcome, String method, List<Index> indices) {

    /** One index of one parameter with its confidence interval (NaN bounds when there is none). */
    public record Index(String parameter, String kind, double value, double low, double high) {
    }

    public SensitivityIndices {
        if (indices.isEmpty()) {
            throw new IllegalArgumentException("no sensitivity indices to chart");
        }
        indices = List.copyOf(indices);
    }
}
