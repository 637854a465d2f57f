package sahelsim.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.CompareCharts;
import sahelsim.chart.FactionPalette;
import sahelsim.contrast.Contrast;
import sahelsim.contrast.ContrastTables;
import sahelsim.contrast.ScenarioSample;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.runfolder.RunFiles;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;

/**
 * Writes the report of one or more run folders into a folder: report.html (see {@link ReportPage}),
 * regions.csv, and for several folders comparison.csv and comparison.md, the contrast tables of their
 * outcomes against the reference folder.
 */
public final class Report {

    public static final String PAGE = "report.html";
    public static final String REGIONS = "regions.csv";
    public static final String COMPARISON = "comparison";

    /** What was written, what the reader should be warned of, and which weekly maps stood for which dates. */
    public record Result(List<Path> files, List<String> warnings, List<String> notes) {
    }

    /** Thrown for folders that cannot be reported together as asked; the message says why in one line. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private Report() {
    }

    /**
     * @param reference index of the reference folder among {@code folders}
     * @param dates     dates of the control maps; empty for each folder's last day
     * @param allowMixed set single runs beside sets of replicates all the same
     */
    public static Result write(List<RunFolder> folders, int reference, List<LocalDate> dates, boolean allowMixed,
                               Path out) throws IOException {
        if (!allowMixed) {
            FolderChecks.mixed(folders).ifPresent(reason -> {
                throw new Refused(reason);
            });
        }
        List<String> warnings = new ArrayList<>();
        for (RunFolder f : folders) {
            FolderChecks.fewReplicates(f).ifPresent(warnings::add);
        }
        List<String> labels = CompareCharts.labels(folders);
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            subjects.add(Subject.of(folders.get(i), labels.get(i)));
            if (!Files.exists(folders.get(i).firstRun().dir().resolve(RunFiles.REGIONS))) {
                throw new RunFolderError(folders.get(i).firstRun().dir().resolve(RunFiles.REGIONS), "missing: the "
                        + "run was made by a program older than the table by region; run it again");
            }
        }
        Subject first = subjects.get(0);
        String period = first.start().getYear() == first.end().getYear() ? Integer.toString(first.start().getYear())
                : first.start().getYear() + "-" + first.end().getYear();
        List<ReportOutcome> all = ReportOutcome.all(FactionPalette.of(folders.get(0).manifest()), period);
        List<ScenarioSample> samples = Samples.of(subjects, all);
        List<ReportOutcome> outcomes = Samples.worthShowing(all, samples);
        Contrast contrast = new Contrast(outcomes.stream().map(ReportOutcome::name).toList(), samples, reference);
        List<RegionSummary> regions = subjects.stream().map(RegionSummary::new).toList();
        ReportPage page = new ReportPage(subjects, reference, dates, warnings);
        String html = page.html(contrast, outcomes, regions);
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        Path pageFile = out.resolve(PAGE);
        AtomicFiles.writeString(pageFile, html);
        files.add(pageFile);
        Path regionFile = out.resolve(REGIONS);
        AtomicFiles.writeText(regionFile, w -> RegionSummary.writeAll(regions, w));
        files.add(regionFile);
        if (folders.size() > 1) {
            StringWriter csv = new StringWriter();
            ContrastTables.csv(contrast, csv);
            Path csvFile = out.resolve(COMPARISON + ".csv");
            AtomicFiles.writeString(csvFile, csv.toString());
            files.add(csvFile);
            StringWriter md = new StringWriter();
            ContrastTables.markdown(contrast, "Scenarios compared", List.of("Made by `sahelsim report` with "
                    + BuildInfo.label() + " from " + String.join(", ", folders.stream().map(f -> f.dir().toString())
                    .toList()) + "; each folder's replicates as they were run."), md);
            Path mdFile = out.resolve(COMPARISON + ".md");
            AtomicFiles.writeString(mdFile, md.toString());
            files.add(mdFile);
        }
        return new Result(files, warnings, page.notes());
    }
}
