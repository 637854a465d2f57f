package sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.chart.ChartRequestError;
import sahelsim.report.Report;
import sahelsim.report.SweepReport;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.sweep.SweepError;
import sahelsim.sweep.SweepManifest;

/** Writes the report of a run, a set of replicates, a sweep, or several sets compared, as one HTML page. */
@Command(name = "report", header = "Write a report of runs, sets or a sweep as one HTML page.",
        description = {"Write a report as one self-contained HTML page (charts and maps inline, nothing fetched "
                + "from outside, prints cleanly to PDF): what was run, the outcomes with their 95%% intervals, the "
                + "charts, the control maps, the table by region; for several folders, a sentence per outcome "
                + "saying how each scenario differs from the reference, a point-range chart and the table of "
                + "differences (also as comparison.csv and comparison.md).",
            "Examples (the first folder is the reference unless --reference names another):",
            "  sahelsim run scenarios/historical-2022.yaml --reps 10",
            "  sahelsim run scenarios/no-wagner.yaml --reps 10",
            "  sahelsim report results/historical-free-1-reps10 results/no-wagner-1-reps10",
            "  sahelsim report results/no-wagner-1-reps10 --dates 2023-12-31 --out results/nw",
            "  sahelsim report results/withdrawal-wagner      (a sweep)"})
final class ReportCommand extends SahelsimCommand {

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "Folders written by 'sahelsim run' (runs or sets of replicates), or one sweep folder.")
    private List<Path> dirs = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "DIR",
            description = "The folder the others are compared with (default: the first DIR); must be one of DIR.")
    private Path reference;

    @Option(names = "--dates", paramLabel = "DATES",
            description = "Comma-separated dates YYYY-MM-DD of the control maps (default: the last day); each "
                    + "shows the weekly map on or before the date, and says so when that is another day.")
    private String dates;

    @Option(names = "--allow-mixed", description = "Compare single runs with sets of replicates all the same (a "
            + "single run is one possible history, not a mean).")
    private boolean allowMixed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/report",
            description = "Folder to write report.html and its tables into; files of the same name are replaced "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a file; give a folder");
        }
        List<LocalDate> mapDates = MapDates.parse(dates);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Report.Result result;
        try {
            if (dirs.stream().anyMatch(SweepManifest::isSweep)) {
                if (dirs.size() > 1) {
                    throw new UserError("a sweep is reported alone: give one sweep folder, or run folders only");
                }
                result = SweepReport.write(dirs.get(0), out);
            } else {
                List<RunFolder> folders = new ArrayList<>();
                for (Path d : dirs) {
                    folders.add(RunFolder.open(d));
                }
                result = Report.write(folders, referenceIndex(), mapDates, allowMixed, out);
            }
        } catch (RunFolderError | SweepError e) {
            throw new UserError(e.getMessage());
        } catch (Report.Refused e) {
            throw new UserError(e.getMessage());
        } catch (ChartRequestError e) {
            throw new UserError("--dates: " + e.getMessage());
        }
        for (String w : result.warnings()) {
            stderr.println("warning: " + w);
        }
        for (String n : result.notes()) {
            stdout.println(n);
        }
        for (Path f : result.files()) {
            stdout.println("wrote " + f);
        }
        stdout.flush();
        stderr.flush();
        return ExitCodes.OK;
    }

    private int referenceIndex() {
        if (reference == null) {
            return 0;
        }
        Path wanted = reference.toAbsolutePath().normalize();
        for (int i = 0; i < dirs.size(); i++) {
            if (dirs.get(i).toAbsolutePath().normalize().equals(wanted)) {
                return i;
            }
        }
        throw new UserError("--reference: " + reference + " is not one of the folders given");
    }
}
