package sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import sahelsim.chart.ChartKind;
import sahelsim.chart.ChartRequest;
import sahelsim.chart.ChartRequestError;
import sahelsim.chart.ControlAnimation;
import sahelsim.chart.RunChartWriter;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.sweep.SweepManifest;

/** Draws charts from a run folder's files, without running anything again. */
@Command(name = "chart", header = "Draw charts and control maps from a run folder.",
        description = {"Draw charts and control maps from a run folder or a set of replicates, from its files alone.",
            "With no --what it draws the default set, the same a run writes; charts of the same name are replaced."},
        footerHeading = "%nCharts (--what):%n",
        footer = {
            "  control          share of residents each faction controls, over time",
            "  control-area     share of the area each faction controls, over time",
            "  control-stacked  shares of residents per faction stacked to 100%%",
            "  fatalities       people killed per month, by perpetrator",
            "  civilian-deaths  civilians killed per month, by perpetrator",
            "  events           events per month by ACLED event type",
            "  displacement     displaced people and refugees over time",
            "  displaced-map    where the displaced and refugees stay, at the month's end on or before",
            "                   each of --dates (default: the last month)",
            "  map              the control map on each of --dates (default: the last day)",
            "  panel            maps of several dates side by side (default: year ends)",
            "  animation        control-map.gif, a frame a month or a week (see --animate)",
            "  share-map        for a set: in how many replicates each faction holds each cell",
            "  geojson          the control map on each of --dates as GeoJSON, for GIS programs",
            "All but the animation and geojson are in the default set. A set of replicates gets",
            "monthly means with 95%% confidence intervals; its maps are its first replicate's,",
            "beside the share map of all of them.",
            "Example: sahelsim chart results/historical-2022-1 --what geojson --dates 2023-12-31"})
final class ChartCommand extends SahelsimCommand {

    @Parameters(paramLabel = "DIR", description = "A folder written by 'sahelsim run' (one run or a set of replicates).")
    private Path dir;

    @Option(names = "--what", paramLabel = "CHARTS",
            description = "Comma-separated charts to draw: ${COMPLETION-CANDIDATES}. Default: all but animation.",
            completionCandidates = Kinds.class)
    private String what;

    @Mixin
    private ImageOptions image;

    @Option(names = "--dates", paramLabel = "DATES",
            description = "Comma-separated dates YYYY-MM-DD of control maps and of the panel; each shows the "
                    + "weekly map on or before the date.")
    private String dates;

    @Option(names = "--animate", paramLabel = "STEP",
            description = "Also draw control-map.gif, one frame a week or a month: week, month.")
    private String animate;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the charts (default: DIR itself).")
    private Path out;

    /** The chart names for the help text. */
    static final class Kinds extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Kinds() {
            super(ChartKind.ids());
        }
    }

    @Override
    public Integer call() throws Exception {
        ChartRequest request = request();
        Path target = out == null ? dir : out;
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UserError("--out: " + target + " is a file; give a folder");
        }
        if (SweepManifest.isSweep(dir)) {
            throw new UserError(dir + " is a sweep folder; its charts (heat maps, sensitivity indices) are drawn by "
                    + "'sahelsim analyze " + dir + "', and one of its runs with all a run's charts by 'sahelsim run "
                    + "--from-sweep " + dir + " --run-id N'");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            RunFolder folder = RunFolder.open(dir);
            RunChartWriter writer = new RunChartWriter(folder, target);
            List<Path> files = writer.write(request);
            for (String note : writer.notes()) {
                stdout.println(note);
            }
            for (Path file : files) {
                stdout.println("wrote " + file);
            }
        } catch (RunFolderError | ChartRequestError e) {
            throw new UserError(e.getMessage());
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private ChartRequest request() {
        Set<ChartKind> kinds;
        try {
            kinds = what == null ? ChartKind.defaults() : ChartKind.parseList(what);
        } catch (IllegalArgumentException e) {
            throw new UserError("--what: " + e.getMessage());
        }
        ControlAnimation.Step step = ControlAnimation.Step.MONTH;
        if (animate != null) {
            try {
                step = ControlAnimation.Step.valueOf(animate.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserError("--animate: expected week or month, found '" + animate + "'");
            }
            kinds = EnumSet.copyOf(kinds);
            kinds.add(ChartKind.ANIMATION);
        }
        return new ChartRequest(kinds, image.formats(), image.size(), MapDates.parse(dates), step);
    }
}
