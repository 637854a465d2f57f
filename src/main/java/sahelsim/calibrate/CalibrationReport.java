package sahelsim.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import sahelsim.calibrate.abc.Population;
import sahelsim.calibrate.abc.Prior;
import sahelsim.calibrate.target.Measurement;
import sahelsim.calibrate.target.Target;
import sahelsim.calibrate.target.Tolerance;
import sahelsim.chart.CalibrationCharts;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartFormat;
import sahelsim.chart.ChartLabels;
import sahelsim.chart.DatedSeries;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.observe.Measure;

/**
 * What the posterior predictive runs say about every target: each target's 90% posterior predictive interval (the
 * runs' 5th to 95th percentile) and median beside its observation, whether the observation falls inside, and the
 * error factor of the median (max(median / observed, observed / median)); then, for each period, the coverage (the
 * share of its targets inside their interval) and the median error factor, the fitted period in sample and every
 * other period out of sample. Written as posterior-predictive.csv and scores.csv, and drawn with the posterior.
 */
public final class CalibrationReport {

    /** The posterior predictive interval: the middle 90% of the runs. */
    static final double LOW = 5;
    static final double HIGH = 95;

    /** One target scored on the runs. */
    public record TargetScore(Target target, boolean inSample, int runs, double low, double median, double high,
                              boolean inside, double errorFactor) {
    }

    /** One period's score. */
    public record PeriodScore(String period, boolean inSample, int targets, int inside, int factorTargets,
                              double medianErrorFactor) {

        public double coverage() {
            return targets == 0 ? Double.NaN : (double) inside / targets;
        }
    }

    private final CalibrationSpec spec;
    private final List<TargetScore> targets;
    private final int runs;

    private CalibrationReport(CalibrationSpec spec, List<TargetScore> targets, int runs) {
        this.spec = spec;
        this.targets = List.copyOf(targets);
        this.runs = runs;
    }

    /** The scores of a complete calibration's posterior predictive runs, read from its folder. */
    public static CalibrationReport read(CalibrationSpec spec, Calibration c, Path dir) throws IOException {
        StageLog.Row[] rows = CalibrationHistory.okRows(CalibrationFolder.stageLog(dir, Stage.PREDICTIVE),
                StageLog.predictive(c), c.predictive());
        return of(spec, Arrays.stream(rows).map(r -> r == null ? null : r.statistics()).toList());
    }

    /**
     * The scores of any set of runs of the calibration's scenario, each read as one number per target of its targets
     * file (in the file's order; null for a run that gave none): the posterior predictive runs, or a hindcast's.
     */
    public static CalibrationReport of(CalibrationSpec spec, List<double[]> runs) {
        List<Target> all = spec.targets().targets();
        List<TargetScore> scores = new ArrayList<>();
        for (int t = 0; t < all.size(); t++) {
            double[] values = new double[runs.size()];
            int n = 0;
            for (double[] r : runs) {
                if (r != null && !Double.isNaN(r[t])) {
                    values[n++] = r[t];
                }
            }
            scores.add(score(all.get(t), all.get(t).period().equals(spec.fit()), Arrays.copyOf(values, n)));
        }
        return new CalibrationReport(spec, scores, runs.size());
    }

    static TargetScore score(Target t, boolean inSample, double[] values) {
        if (values.length == 0) {
            return new TargetScore(t, inSample, 0, Double.NaN, Double.NaN, Double.NaN, false, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(sorted);
        double low = p.evaluate(LOW);
        double median = p.evaluate(50);
        double high = p.evaluate(HIGH);
        double o = t.observed();
        Tolerance.Bound bound = t.tolerance() == null ? Tolerance.Bound.NONE : t.tolerance().bound();
        boolean inside = switch (bound) {
            case LOWER -> high >= o;
            case UPPER -> low <= o;
            case NONE -> low <= o && o <= high;
        };
        double factor = Double.NaN;
        if (!t.isYesOrNo() && o > 0) {
            boolean met = bound == Tolerance.Bound.LOWER && median >= o || bound == Tolerance.Bound.UPPER && median <= o;
            factor = met ? 1 : median > 0 ? Math.max(median / o, o / median) : Double.POSITIVE_INFINITY;
        }
        return new TargetScore(t, inSample, values.length, low, median, high, inside, factor);
    }

    public List<TargetScore> targets() {
        return targets;
    }

    /** The score of each period, the fitted one first. */
    public List<PeriodScore> periods() {
        List<PeriodScore> out = new ArrayList<>();
        List<String> order = new ArrayList<>(List.of(spec.fit()));
        order.addAll(spec.outOfSample());
        for (String period : order) {
            out.add(period(period));
        }
        return out;
    }

    public PeriodScore period(String period) {
        List<TargetScore> of = targets.stream().filter(s -> s.target().period().equals(period)).toList();
        int inside = (int) of.stream().filter(TargetScore::inside).count();
        double[] factors = of.stream().mapToDouble(TargetScore::errorFactor).filter(f -> !Double.isNaN(f)).sorted()
                .toArray();
        double median = factors.length == 0 ? Double.NaN : factors.length % 2 == 1 ? factors[factors.length / 2]
                : (factors[factors.length / 2 - 1] + factors[factors.length / 2]) / 2;
        return new PeriodScore(period, period.equals(spec.fit()), of.size(), inside, factors.length, median);
    }

    /** Writes posterior-predictive.csv and scores.csv. */
    public void write(Path dir) throws IOException {
        writeTargets(dir.resolve(CalibrationFolder.PREDICTIVE_TARGETS));
        writePeriods(dir.resolve(CalibrationFolder.SCORES));
    }

    /** Writes each target's score, a row per target (the columns of posterior-predictive.csv). */
    public void writeTargets(Path file) throws IOException {
        AtomicFiles.writeText(file, out -> {
            CsvTable table = new CsvTable(out, List.of("target", "period", "sample", "measured", "observed", "runs",
                    "q05", "median", "q95", "inside", "error_factor", "tolerance", "source"));
            for (TargetScore s : targets) {
                Target t = s.target();
                table.row(t.id(), t.period(), s.inSample() ? "in" : "out", t.description(),
                        NumberText.format(t.observed()), Integer.toString(s.runs()), NumberText.format(s.low()),
                        NumberText.format(s.median()), NumberText.format(s.high()), Boolean.toString(s.inside()),
                        NumberText.format(s.errorFactor()), t.tolerance().describe(), t.source());
            }
            table.finish();
        });
    }

    /** Writes each period's score, the fitted period first (the columns of scores.csv). */
    public void writePeriods(Path file) throws IOException {
        AtomicFiles.writeText(file, out -> {
            CsvTable table = new CsvTable(out, List.of("period", "sample", "targets", "inside", "coverage",
                    "error_factor_targets", "median_error_factor"));
            for (PeriodScore p : periods()) {
                table.row(p.period(), p.inSample() ? "in" : "out", Integer.toString(p.targets()),
                        Integer.toString(p.inside()), NumberText.format(p.coverage()),
                        Integer.toString(p.factorTargets()), NumberText.format(p.medianErrorFactor()));
            }
            table.finish();
        });
    }

    /**
     * Draws the posterior of {@code population} and the predictive runs against the targets into charts/, as PNG and
     * SVG; returns the files written.
     */
    public List<Path> charts(Path dir, Calibration c, Population population) throws IOException {
        Path charts = Files.createDirectories(dir.resolve(CalibrationFolder.CHARTS));
        Set<ChartFormat> formats = Set.of(ChartFormat.PNG, ChartFormat.SVG);
        List<Path> written = new ArrayList<>();
        ChartCaption caption = ChartCaption.of(spec.base().name(), "calibration " + spec.name() + ", generation "
                + population.generation() + ", " + population.size() + " particles", "seeds derived from "
                + spec.seed(), BuildInfo.label());
        List<CalibrationCharts.Parameter> parameters = new ArrayList<>();
        for (int d = 0; d < spec.parameters().size(); d++) {
            CalibratedParameter p = spec.parameters().get(d);
            int at = d;
            double[] values = population.particles().stream().mapToDouble(q -> q.values()[at]).toArray();
            double[] range = CalibrationLoader.ends(p.prior());
            parameters.add(new CalibrationCharts.Parameter(p.path(), range[0], range[1],
                    p.prior() instanceof Prior.LogUniform, values));
        }
        written.addAll(PictureFiles.write(CalibrationCharts.posterior("Posterior of " + spec.name(), "Generation "
                        + population.generation() + ", tolerance " + NumberText.format(population.tolerance())
                        + " (the distance of the farthest particle kept)",
                "Weighted histograms over each prior's range; below them the particles of each pair (darker: heavier), "
                        + "above them the pair's weighted correlation", parameters, population.weights(), caption),
                CalibrationCharts.posteriorSize(parameters.size()), charts, "posterior", formats));
        ChartCaption runsCaption = ChartCaption.of(spec.base().name(), runs + " posterior predictive runs of "
                + spec.name(), "seeds derived from " + spec.seed(), BuildInfo.label());
        List<CalibrationCharts.TargetBand> numeric = new ArrayList<>();
        List<CalibrationCharts.TargetBand> holders = new ArrayList<>();
        for (TargetScore s : targets) {
            if (s.runs() == 0) {
                continue;
            }
            String label = s.target().id() + (s.inside() ? "" : "  ✗");
            CalibrationCharts.TargetBand band = new CalibrationCharts.TargetBand(label, s.inSample(),
                    s.target().observed(), s.low(), s.median(), s.high());
            if (s.target().isYesOrNo()) {
                double agree = Arrays.stream(values(dir, c, s.target())).average().orElse(Double.NaN);
                holders.add(new CalibrationCharts.TargetBand(label, s.inSample(), 1, agree, agree, agree));
            } else {
                numeric.add(band);
            }
        }
        String fitted = "fitted on " + spec.fit() + "; ✗: the observation lies outside the runs' 90% interval";
        if (!numeric.isEmpty()) {
            written.addAll(PictureFiles.write(TimeCharts.picture(CalibrationCharts.targets(numeric, "Each target's "
                    + "posterior predictive median and 90% interval divided by the observation (beyond a factor of 32 "
                    + "drawn at the edge); " + fitted,
                    runsCaption)), new ImageSize(1600, Math.max(900, 220 + 42 * numeric.size())), charts,
                    "predictive-targets", formats));
        }
        if (!holders.isEmpty()) {
            written.addAll(PictureFiles.write(TimeCharts.picture(CalibrationCharts.holders(holders, "Share of runs "
                    + "agreeing with history; the dashed line is 5%, below which the observation lies outside the "
                    + "90% interval; " + fitted, runsCaption)), new ImageSize(1600, Math.max(900, 220 + 42
                    * holders.size())), charts, "predictive-holders", formats));
        }
        for (Map.Entry<Measure, List<Target>> e : levelTargets().entrySet()) {
            List<DatedSeries.Point> band = band(dir, e.getKey());
            if (band.isEmpty()) {
                continue;
            }
            List<DatedSeries.Point> observed = e.getValue().stream().map(t -> DatedSeries.Point.of(
                    ((Measurement.Value) t.measurement()).on(), t.observed())).toList();
            String name = e.getKey().id();
            written.addAll(PictureFiles.write(TimeCharts.picture(CalibrationCharts.series(new ChartLabels(
                    "Posterior predictive " + name.replace('_', ' '), "Monthly, median of " + runs + " posterior "
                    + "predictive runs (band: middle 90%); dots: the targets' observations", e.getKey().unit(),
                    runsCaption), band, observed)), ImageSize.SLIDE, charts, "predictive-" + name, formats));
        }
        return written;
    }

    /** The targets read on a date from a measure's total, by measure: those a band over time can show. */
    private Map<Measure, List<Target>> levelTargets() {
        Map<Measure, List<Target>> by = new LinkedHashMap<>();
        for (Target t : spec.targets().targets()) {
            if (t.measurement() instanceof Measurement.Value v && v.series().keys().equals(List.of(""))) {
                by.computeIfAbsent(v.series().measure(), m -> new ArrayList<>()).add(t);
            }
        }
        return by;
    }

    private double[] values(Path dir, Calibration c, Target target) throws IOException {
        int t = spec.targets().targets().indexOf(target);
        return Arrays.stream(CalibrationHistory.okRows(CalibrationFolder.stageLog(dir, Stage.PREDICTIVE),
                StageLog.predictive(c), c.predictive())).filter(r -> r != null)
                .mapToDouble(r -> r.statistics()[t]).toArray();
    }

    /** The monthly median and middle 90% of a measure's total over the predictive runs' monthly log. */
    private static List<DatedSeries.Point> band(Path dir, Measure measure) throws IOException {
        Path file = CalibrationFolder.monthlyLog(dir.resolve(CalibrationFolder.PREDICTIVE));
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int column = Arrays.asList(CsvTable.cells(lines.get(0))).indexOf(measure.id());
        if (column < 0) {
            return List.of();
        }
        Map<LocalDate, List<Double>> byDate = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = CsvTable.cells(line);
            if (cells.length > column && !cells[column].isEmpty()) {
                byDate.computeIfAbsent(LocalDate.parse(cells[1]), d -> new ArrayList<>())
                        .add(Double.parseDouble(cells[column]));
            }
        }
        List<DatedSeries.Point> points = new ArrayList<>();
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (Map.Entry<LocalDate, List<Double>> e : byDate.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            p.setData(v);
            points.add(new DatedSeries.Point(e.getKey(), p.evaluate(50), p.evaluate(LOW), p.evaluate(HIGH)));
        }
        return points;
    }
}
