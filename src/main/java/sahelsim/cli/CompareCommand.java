package sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import sahelsim.chart.CompareCharts;
import sahelsim.chart.MeasureChoice;
import sahelsim.chart.Picture;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.report.FolderChecks;

/** Puts several runs or sets of replicates on the same axes. */
@Command(name = "compare", header = "Compare runs or sets of replicates on the same axes.",
        description = {"Compare runs or sets of replicates: one chart per measure with a line per folder and, "
            + "for a set, the 95%% confidence band of the mean over its replicates.",
            "Writes compare-MEASURE.png (and .svg, .pdf as asked) into --out."})
final class CompareCommand extends SahelsimCommand {

    /** Measures compared when none is named: control, violence and displacement. */
    static final List<String> DEFAULT_MEASURES = List.of("armed_group_population_share", "fatalities",
            "civilian_deaths", "displaced");

    @Parameters(paramLabel = "DIR", arity = "2..*",
            description = "Two or more folders written by 'sahelsim run' (runs or sets of replicates).")
    private List<Path> dirs = new ArrayList<>();

    @Option(names = "--measure", paramLabel = "MEASURE[:KEY]",
            description = "A measure of monthly.csv, with a faction, zone or coalition after a colon where the "
                    + "measure has one (repeatable), e.g. fatalities, control_share_population:jnim. Default: "
                    + "armed_group_population_share, fatalities, civilian_deaths, displaced.")
    private List<String> measures = new ArrayList<>();

    @Mixin
    private ImageOptions image;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/compare",
            description = "Folder to write the charts into (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--allow-mixed", description = "Compare single runs with sets of replicates all the same (a "
            + "single run is one possible history, not a mean).")
    private boolean allowMixed;

    @Override
    public Integer call() throws Exception {
        List<MeasureChoice> choices = new ArrayList<>();
        for (String m : measures.isEmpty() ? DEFAULT_MEASURES : measures) {
            try {
                choices.add(MeasureChoice.parse(m));
            } catch (IllegalArgumentException e) {
                throw new UserError("--measure: " + e.getMessage());
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a file; give a folder");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            List<RunFolder> folders = new ArrayList<>();
            for (Path d : dirs) {
                folders.add(RunFolder.open(d));
            }
            if (!allowMixed) {
                FolderChecks.mixed(folders).ifPresent(reason -> {
                    throw new UserError(reason);
                });
            }
            for (MeasureChoice choice : choices) {
                Picture chart = TimeCharts.picture(CompareCharts.measure(folders, choice));
                for (Path file : PictureFiles.write(chart, image.size(), out, "compare-" + choice.fileName(),
                        image.formats())) {
                    stdout.println("wrote " + file);
                }
            }
        } catch (RunFolderError e) {
            throw new UserError(e.getMessage());
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
