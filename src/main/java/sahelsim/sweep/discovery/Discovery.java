package sahelsim.sweep.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartFormat;
import sahelsim.chart.DiscoveryCharts;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.io.AtomicFiles;
import sahelsim.sweep.SweepError;
import sahelsim.sweep.SweepFolder;
import sahelsim.sweep.SweepResults;

/**
 * Scenario discovery on a complete sweep: which region of the parameters leads to an outcome above (or below) a
 * threshold. Runs PRIM over the sweep's runs and writes the trajectory, every box's limits with their
 * significance, and two charts into the folder's analysis.
 */
public final class Discovery {

    private static final EnumSet<ChartFormat> FORMATS = EnumSet.of(ChartFormat.PNG, ChartFormat.SVG);

    /** What was found: the trajectory, the box shown, and the files written. */
    public record Result(Prim prim, List<PrimBox> trajectory, int chosen, boolean chosenByRule, int leftOut,
                         List<Path> files) {
        public PrimBox box() {
            return trajectory.get(chosen);
        }
    }

    private Discovery() {
    }

    /** The folder a discovery writes by default: analysis/discover-OUTCOME-above-X. */
    public static Path defaultDir(Path sweep, String outcome, SweepCases.Side side, String threshold) {
        return sweep.resolve(SweepFolder.ANALYSIS).resolve("discover-" + outcome.replace(':', '-') + "-"
                + side.name().toLowerCase(Locale.ROOT) + "-" + threshold);
    }

    /**
     * Runs PRIM and writes its files into {@code out}. {@code box} picks a box of the trajectory; null lets
     * {@link BoxChoice} pick.
     */
    public static Result run(Path sweep, String outcome, SweepCases.Side side, double threshold, Integer box,
                             double alpha, double massMin, Path out) throws IOException {
        SweepResults results = SweepResults.read(sweep);
        SweepCases.Cases cases = SweepCases.of(results, outcome, side, threshold);
        Prim prim = new Prim(cases.data(), alpha, alpha, massMin);
        List<PrimBox> trajectory = prim.trajectory();
        if (box != null && (box < 0 || box >= trajectory.size())) {
            throw new SweepError("--box: the trajectory has boxes 0 to " + (trajectory.size() - 1) + ", got " + box);
        }
        int chosen = box != null ? box : BoxChoice.of(trajectory);
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        Path t = out.resolve(DiscoveryTables.TRAJECTORY);
        AtomicFiles.writeText(t, w -> DiscoveryTables.writeTrajectory(trajectory, chosen, w));
        files.add(t);
        Path l = out.resolve(DiscoveryTables.LIMITS);
        AtomicFiles.writeText(l, w -> DiscoveryTables.writeLimits(prim, trajectory, w));
        files.add(l);
        String what = outcome + (side == SweepCases.Side.ABOVE ? " above " : " below ") + format(threshold);
        ChartCaption caption = ChartCaption.of(results.spec().base().name(), "sweep " + results.spec().name() + ", "
                + cases.data().size() + " runs", "seeds derived from " + results.spec().seed(),
                results.manifest().programLabel());
        double[] coverage = trajectory.stream().mapToDouble(PrimBox::coverage).toArray();
        double[] density = trajectory.stream().mapToDouble(PrimBox::density).toArray();
        files.addAll(PictureFiles.write(TimeCharts.picture(DiscoveryCharts.tradeoff(coverage, density, chosen,
                "Where " + what + ": coverage and density", caption)), ImageSize.SLIDE, out, "tradeoff", FORMATS));
        List<Integer> shown = shownColumns(prim, trajectory.get(chosen));
        if (shown.size() == 2) {
            PrimBox b = trajectory.get(chosen);
            files.addAll(PictureFiles.write(TimeCharts.picture(DiscoveryCharts.box(axis(prim, b, shown.get(0)),
                    axis(prim, b, shown.get(1)), cases.data().interest(), "Box " + chosen + ": " + what,
                    String.format(Locale.ROOT, "Coverage %.2f, density %.2f, %d of %d runs; red: runs of interest",
                            b.coverage(), b.density(), b.cases(), cases.data().size()), caption)),
                    ImageSize.SLIDE, out, "box", FORMATS));
        }
        return new Result(prim, trajectory, chosen, box == null, cases.leftOut(), files);
    }

    /** The two columns the box chart shows: its most significant restricted ones, then the first others. */
    private static List<Integer> shownColumns(Prim prim, PrimBox box) {
        List<Integer> shown = new ArrayList<>(Significance.of(prim, box).stream()
                .sorted(Comparator.comparingDouble(l -> Math.min(nanToOne(l.lower()), nanToOne(l.upper()))))
                .map(Significance.Limit::column).limit(2).toList());
        for (int c = 0; c < prim.data().columns().size() && shown.size() < 2; c++) {
            if (!shown.contains(c)) {
                shown.add(c);
            }
        }
        return shown;
    }

    private static double nanToOne(double p) {
        return Double.isNaN(p) ? 1 : p;
    }

    private static DiscoveryCharts.Axis axis(Prim prim, PrimBox box, int c) {
        PrimData.Column column = prim.data().columns().get(c);
        if (column instanceof PrimData.Numeric n) {
            return new DiscoveryCharts.Axis(n.name() + (n.date() ? " (days since 1970-01-01)" : ""), n.values(), null,
                    box.lower()[c], box.upper()[c]);
        }
        PrimData.Categorical k = (PrimData.Categorical) column;
        double[] codes = new double[k.codes().length];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = k.codes()[i];
        }
        return new DiscoveryCharts.Axis(k.name(), codes, k.labels(), box.kept()[c].nextSetBit(0) - 0.4,
                box.kept()[c].length() - 1 + 0.4);
    }

    static String format(double x) {
        return sahelsim.io.NumberText.format(x);
    }
}
