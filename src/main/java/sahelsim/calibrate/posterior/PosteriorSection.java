package sahelsim.calibrate.posterior;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.calibrate.CalibrationReport;
import sahelsim.calibrate.CalibrationSpec;
import sahelsim.calibrate.abc.Population;
import sahelsim.hindcast.report.HindcastReport;
import sahelsim.io.NumberText;

/**
 * What a hindcast of a calibration's posterior adds to the report: which calibration and how the runs took its
 * parameters, and its targets scored on the hindcast's runs as {@code sahelsim calibrate} scores its posterior
 * predictive runs, in sample (the fitted period) and out of sample (the others): {@code hindcast-targets.csv} has
 * the columns of the calibration's posterior-predictive.csv, {@code hindcast-scores.csv} those of its scores.csv.
 */
public final class PosteriorSection {

    public static final String TARGETS = "hindcast-targets.csv";
    public static final String SCORES = "hindcast-scores.csv";

    private PosteriorSection() {
    }

    /** Writes the two tables, each atomically, and returns their names. */
    public static List<String> write(Path folder, CalibratedRuns runs) throws IOException {
        runs.targets().writeTargets(folder.resolve(TARGETS));
        runs.targets().writePeriods(folder.resolve(SCORES));
        return List.of(TARGETS, SCORES);
    }

    /** The paragraph and table saying which calibration the runs took their parameters from. */
    public static String calibration(CalibratedRuns runs) {
        CalibrationSpec spec = runs.calibration().spec();
        Population posterior = runs.calibration().posterior();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "**Parameters from a calibration.** `%s` in `%s`, fitted to the targets "
                        + "of %s (the days they read: %s) in `%s`; its final population is generation %d, of %d "
                        + "particles. %s; the values each run used are in `%s`.%n%n", spec.name(),
                runs.calibration().dir(), spec.fit(), runs.fit().dates(), spec.targets().file().normalize(), posterior.generation(),
                posterior.size(), capital(runs.choice().description()), HindcastReport.RUNS));
        md.append(runs.choice() == ParameterChoice.DRAW ? "| Parameter | Posterior mean | Posterior 90% interval |\n"
                + "|---|---:|---|\n" : "| Parameter | Value used | Posterior 90% interval |\n|---|---:|---|\n");
        List<String> names = runs.parameters();
        for (int d = 0; d < names.size(); d++) {
            double shown = runs.choice() == ParameterChoice.DRAW ? posterior.mean(d) : runs.runs().get(0).values()[d];
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s to %s |%n", names.get(d), NumberText.format(shown),
                    NumberText.format(posterior.quantile(d, 0.05)), NumberText.format(posterior.quantile(d, 0.95))));
        }
        return md.append('\n').toString();
    }

    /** The section of the calibration's targets, from a level-2 heading. */
    public static String targets(CalibratedRuns runs) {
        CalibrationSpec spec = runs.calibration().spec();
        CalibrationReport report = runs.targets();
        StringBuilder md = new StringBuilder("## The calibration's targets\n\n");
        md.append(String.format(Locale.ROOT, "The targets of `%s`, scored on this hindcast's %d runs as `sahelsim "
                        + "calibrate` scores its posterior predictive runs: each target's 90%% interval (the runs' 5th to "
                        + "95th percentile) and median beside its observation; for each period the share of its targets "
                        + "whose observation lies inside (coverage) and the median error factor (max(median / observed, "
                        + "observed / median)). The calibration was fitted to %s: in sample; the other periods are out "
                        + "of sample.%n%n", spec.targets().file().normalize(), runs.runs().size(), spec.fit()));
        md.append("| Period | Sample | Targets inside | Coverage | Median error factor |\n|---|---|---:|---:|---:|\n");
        for (CalibrationReport.PeriodScore p : report.periods()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d of %d | %s | %s |%n", p.period(),
                    p.inSample() ? "in sample" : "out of sample", p.inside(), p.targets(), percent(p.coverage()),
                    NumberText.format(p.medianErrorFactor())));
        }
        md.append("\n| Target | Period | Observed | Runs | 90% interval | Median | Inside |\n"
                + "|---|---|---:|---:|---|---:|---|\n");
        for (CalibrationReport.TargetScore s : report.targets()) {
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %d | %s to %s | %s | %s |%n", s.target().id(),
                    s.target().period(), NumberText.format(s.target().observed()), s.runs(),
                    NumberText.format(s.low()), NumberText.format(s.high()), NumberText.format(s.median()),
                    s.runs() == 0 ? "no run" : s.inside() ? "yes" : "**no**"));
        }
        md.append("\nEvery target's row is in `").append(TARGETS).append("`, every period's in `").append(SCORES)
                .append("`.\n\n");
        return md.toString();
    }

    /** The lines the console prints: which calibration, and each period's score. */
    public static List<String> summary(CalibratedRuns runs) {
        List<String> lines = new ArrayList<>();
        lines.add("Parameters from the " + runs.describe() + ": " + runs.choice().description() + ".");
        for (CalibrationReport.PeriodScore p : runs.targets().periods()) {
            lines.add(String.format(Locale.ROOT, "%s (%s): %d of %d targets inside the runs' 90%% interval "
                            + "(coverage %s), median error factor %s", p.period(),
                    p.inSample() ? "in sample" : "out of sample", p.inside(), p.targets(), percent(p.coverage()),
                    NumberText.format(p.medianErrorFactor())));
        }
        return lines;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
