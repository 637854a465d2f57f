package sahelsim.sweep.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.SensitivityIndices;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.sweep.Factor;
import sahelsim.sweep.SweepResults;
import sahelsim.sweep.design.MorrisDesign;
import sahelsim.sweep.design.SaltelliDesign;
import sahelsim.sweep.sensitivity.Bootstrap;
import sahelsim.sweep.sensitivity.Interval;
import sahelsim.sweep.sensitivity.MorrisAnalysis;
import sahelsim.sweep.sensitivity.NoiseFloor;
import sahelsim.sweep.sensitivity.MorrisEffect;
import sahelsim.sweep.sensitivity.MorrisEffects;
import sahelsim.sweep.sensitivity.PointMeans;
import sahelsim.sweep.sensitivity.SobolAnalysis;
import sahelsim.sweep.sensitivity.SobolIndex;
import sahelsim.sweep.sensitivity.SobolIndices;

/**
 * analysis/sobol.csv (first-order and total Sobol indices with bootstrap intervals) for a sobol sweep, and
 * analysis/morris.csv (mu, mu*, its interval, sigma) for a morris sweep, one row per outcome and parameter, from
 * each design point's mean over its replications. The bootstrap draws from a generator seeded with the sweep
 * seed, so the intervals are the same every time. Also hands back the indices of each outcome for its chart.
 */
final class SensitivityTables {

    static final String SOBOL = "sobol.csv";
    static final String MORRIS = "morris.csv";

    private SensitivityTables() {
    }

    static List<SensitivityIndices> writeSobol(SweepResults results, Writer out) throws IOException {
        SaltelliDesign design = (SaltelliDesign) results.plan().design();
        SobolAnalysis analysis = new SobolAnalysis(design, bootstrap(results));
        List<String> parameters = parameters(results);
        CsvTable table = new CsvTable(out, List.of("outcome", "parameter", "first_order", "first_order_low",
                "first_order_high", "total", "total_low", "total_high", "base_samples_used", "total_noise_floor",
                "total_rank_kept", "note"));
        List<SensitivityIndices> charts = new ArrayList<>();
        for (int o = 0; o < results.spec().outcomes().size(); o++) {
            String outcome = results.spec().outcomes().get(o);
            int replications = results.spec().replications();
            SobolIndices indices = analysis.analyze(PointMeans.of(results.outcome(o), replications),
                    NoiseFloor.varianceOfPointMeans(results.outcome(o), replications));
            List<SensitivityIndices.Index> bars = new ArrayList<>();
            for (SobolIndex i : indices.indices()) {
                String parameter = parameters.get(i.parameter());
                table.row(outcome, parameter, NumberText.format(i.firstOrder()), low(i.firstOrderConfidence()),
                        high(i.firstOrderConfidence()), NumberText.format(i.total()), low(i.totalConfidence()),
                        high(i.totalConfidence()), Integer.toString(indices.baseSamplesUsed()),
                        NumberText.format(indices.totalNoiseFloor()),
                        NumberText.format(indices.totalRankKept().get(i.parameter())), note(indices, i));
                bars.add(bar(parameter, "first order S1", i.firstOrder(), i.firstOrderConfidence()));
                bars.add(bar(parameter, "total ST", i.total(), i.totalConfidence()));
            }
            addChart(charts, outcome, "Sobol", bars);
        }
        table.finish();
        return charts;
    }

    static List<SensitivityIndices> writeMorris(SweepResults results, Writer out) throws IOException {
        MorrisDesign design = (MorrisDesign) results.plan().design();
        MorrisAnalysis analysis = new MorrisAnalysis(design, bootstrap(results));
        List<String> parameters = parameters(results);
        CsvTable table = new CsvTable(out, List.of("outcome", "parameter", "mu", "mu_star", "mu_star_low",
                "mu_star_high", "sigma", "trajectories_used", "mu_star_rank_kept"));
        List<SensitivityIndices> charts = new ArrayList<>();
        for (int o = 0; o < results.spec().outcomes().size(); o++) {
            String outcome = results.spec().outcomes().get(o);
            MorrisEffects effects = analysis.analyze(PointMeans.of(results.outcome(o), results.spec().replications()));
            List<SensitivityIndices.Index> bars = new ArrayList<>();
            for (MorrisEffect e : effects.effects()) {
                String parameter = parameters.get(e.parameter());
                table.row(outcome, parameter, NumberText.format(e.mu()), NumberText.format(e.muStar()),
                        low(e.muStarConfidence()), high(e.muStarConfidence()), NumberText.format(e.sigma()),
                        Integer.toString(effects.trajectoriesUsed()),
                        NumberText.format(effects.muStarRankKept().get(e.parameter())));
                bars.add(bar(parameter, "mu*", e.muStar(), e.muStarConfidence()));
                bars.add(bar(parameter, "sigma", e.sigma(), Interval.UNDEFINED));
            }
            addChart(charts, outcome, "Morris", bars);
        }
        table.finish();
        return charts;
    }

    /** Why an index should not be read as an effect: it is within the noise, or the noise is unknown. */
    private static String note(SobolIndices indices, SobolIndex index) {
        if (!Double.isFinite(indices.totalNoiseFloor())) {
            return "noise floor unknown: one replication per point";
        }
        return indices.belowNoise(index) ? "below the noise floor: not distinguishable from run-to-run noise" : "";
    }

    private static Bootstrap bootstrap(SweepResults results) {
        return new Bootstrap(Bootstrap.DEFAULT_RESAMPLES, results.spec().seed());
    }

    private static List<String> parameters(SweepResults results) {
        return results.spec().varied().stream().map(Factor::name).toList();
    }

    private static SensitivityIndices.Index bar(String parameter, String kind, double value, Interval ci) {
        return new SensitivityIndices.Index(parameter, kind, value, ci.low(), ci.high());
    }

    /** An outcome that does not vary has no indices (all NaN), and so no chart. */
    private static void addChart(List<SensitivityIndices> charts, String outcome, String method,
                                 List<SensitivityIndices.Index> bars) {
        if (bars.stream().anyMatch(b -> Double.isFinite(b.value()))) {
            charts.add(new SensitivityIndices(outcome, method, bars));
        }
    }

    private static String low(Interval ci) {
        return NumberText.format(ci.low());
    }

    private static String high(Interval ci) {
        return NumberText.format(ci.high());
    }
}
