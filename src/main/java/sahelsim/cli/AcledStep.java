package sahelsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import sahelsim.chart.AcledCharts;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartRequest;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.hindcast.acled.AcledComparison;
import sahelsim.hindcast.acled.AcledExport;
import sahelsim.hindcast.acled.AcledFileError;
import sahelsim.hindcast.acled.AcledSelection;
import sahelsim.hindcast.acled.Admin1Table;
import sahelsim.hindcast.acled.Breakdown;
import sahelsim.hindcast.acled.Count;
import sahelsim.hindcast.acled.EventTally;
import sahelsim.hindcast.acled.Period;
import sahelsim.hindcast.report.AcledReport;
import sahelsim.hindcast.report.HindcastReport;
import sahelsim.map.Grid;
import sahelsim.map.Region;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * The hindcast's comparison with an ACLED export ({@code hindcast --acled FILE}): the export is read and its events
 * selected before any run starts, so that a file that cannot be used fails at once; each run's event log is counted
 * as it ends; and at the end the table, the charts and the report's section are written.
 */
final class AcledStep {

    /** What was written: the files, the section for hindcast.md, and a few lines for the console. */
    record Written(List<String> files, String section, List<String> summary) {
    }

    private final Path file;
    private final Grid grid;
    private final Period period;
    private final AcledSelection selection;
    private final EventTally observed;

    private AcledStep(Path file, Grid grid, Period period, AcledSelection selection) {
        this.file = file;
        this.grid = grid;
        this.period = period;
        this.selection = selection;
        this.observed = EventTally.of(selection, period, regionIds().size());
    }

    /** Reads the export and keeps the events the scenario's runs can be held against. */
    static AcledStep read(Path file, Scenario scenario, Grid grid) {
        Period period = new Period(scenario.start(), scenario.end());
        AcledSelection selection;
        try {
            selection = AcledSelection.select(AcledExport.read(file), period, Admin1Table.shipped(),
                    grid.geography().regions().stream().map(Region::id).toList());
        } catch (AcledFileError e) {
            throw new UserError("--acled: " + e.getMessage());
        }
        if (selection.kept().isEmpty()) {
            throw new UserError("--acled: no event of " + file + " can be held against the runs: expected events in "
                    + AcledSelection.COUNTRY + " from " + period.start() + " to " + period.end() + " in the regions "
                    + "of the map. Read " + selection.read() + " rows. " + AcledReport.leftOut(selection));
        }
        return new AcledStep(file, grid, period, selection);
    }

    /** One run's events, counted as the export's are. */
    EventTally tally(Simulation.Result run) {
        return EventTally.of(run.events().events(), run.scenario().start(), grid, period);
    }

    /** The comparison's table, charts (unless left out) and report section, in the hindcast's folder. */
    Written write(Path out, List<EventTally> runs, ChartCaption caption, boolean charts) throws IOException {
        List<AcledComparison.Row> rows = AcledComparison.compare(observed, runs, regionIds(),
                grid.geography().regions().stream().map(Region::name).toList());
        AcledReport.writeTable(out, rows);
        List<String> files = new ArrayList<>(List.of(AcledReport.TABLE));
        List<HindcastReport.Chart> drawn = new ArrayList<>();
        if (charts) {
            chart(out, drawn, "acled-events-monthly", "Violent events per month in the runs and in the ACLED export",
                    AcledCharts.monthly(rows, Count.EVENTS, caption));
            chart(out, drawn, "acled-fatalities-monthly", "Fatalities per month in the runs and in the ACLED export",
                    AcledCharts.monthly(rows, Count.FATALITIES, caption));
            chart(out, drawn, "acled-regions", "Violent events and fatalities by region in the runs and in the ACLED "
                    + "export", AcledCharts.totals(rows, Breakdown.REGION, caption));
            chart(out, drawn, "acled-event-types", "Events and fatalities by event type in the runs and in the ACLED "
                    + "export", AcledCharts.totals(rows, Breakdown.EVENT_TYPE, caption));
        }
        drawn.forEach(c -> files.add(c.file()));
        AcledReport.Source source = new AcledReport.Source(file.toString(), selection);
        return new Written(files, AcledReport.section(source, rows, drawn, runs.size()),
                AcledReport.summary(source, rows));
    }

    private static void chart(Path out, List<HindcastReport.Chart> drawn, String name, String caption,
                              JFreeChart chart) throws IOException {
        PictureFiles.write(TimeCharts.picture(chart), ImageSize.SLIDE, out, name, ChartRequest.DEFAULT_FORMATS);
        drawn.add(new HindcastReport.Chart(name + ".png", caption));
    }

    private List<String> regionIds() {
        return grid.geography().regions().stream().map(Region::id).toList();
    }
}
