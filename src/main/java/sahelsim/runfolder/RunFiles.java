package sahelsim.runfolder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sahelsim.io.Json;
import sahelsim.io.StagedFiles;
import sahelsim.map.Grid;
import sahelsim.observe.Simulation;

/** Writes the data files of one finished run into its folder, all of them or none (see {@link StagedFiles}). */
public final class RunFiles {

    public static final String DAILY = "daily.csv";
    public static final String MONTHLY = "monthly.csv";
    public static final String EVENTS = "events.csv";
    public static final String TOWNS = "towns.csv";
    public static final String CONTROL = "control.csv.gz";
    public static final String SUMMARY = "summary.json";
    public static final String REGIONS = "regions.csv";

    private RunFiles() {
    }

    /**
     * Writes daily.csv, monthly.csv, events.csv, towns.csv, regions.csv, control.csv.gz (when the run kept
     * control maps) and summary.json; returns their names in that order.
     */
    public static List<String> write(Simulation.Result run, Grid grid, MonthlyTable monthly, ObjectNode summary,
                                     Path folder) throws IOException {
        StagedFiles files = new StagedFiles(folder);
        try {
            files.stageText(DAILY, w -> TidyCsv.writeDaily(run.record(), w));
            files.stageText(MONTHLY, w -> TidyCsv.writeMonthly(monthly, w));
            files.stageText(EVENTS, w -> new EventsCsv(run.scenario(), grid).write(run.events(), run.record(), w));
            files.stageText(TOWNS, w -> new TownsCsv(grid.geography()).write(run.finalState(), w));
            files.stageText(REGIONS, w -> new RegionsCsv(run.scenario(), grid.geography().regions())
                    .write(run.regions(), w));
            if (run.controlMaps() != null) {
                files.stage(CONTROL, out -> new ControlMapCsv(run.scenario(), grid).write(run.controlMaps(), out));
            }
            files.stageText(SUMMARY, w -> w.write(Json.text(summary)));
            return files.commit();
        } catch (IOException | RuntimeException e) {
            files.abandon();
            throw e;
        }
    }
}
