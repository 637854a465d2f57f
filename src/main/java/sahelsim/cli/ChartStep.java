package sahelsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import sahelsim.chart.ChartKind;
import sahelsim.chart.ChartRequest;
import sahelsim.chart.DefaultCharts;
import sahelsim.chart.RunChartWriter;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.runfolder.RunManifest;

/**
 * Draws a finished run's default charts into its folder and lists them in its manifest. The data are already
 * complete when this runs, so a failure here leaves them as they are: the charts can be drawn again from the
 * files with {@code sahelsim chart DIR}.
 */
final class ChartStep {

    /** The charts drawn, or why they could not be. */
    record Outcome(List<String> files, String error) {
    }

    private ChartStep() {
    }

    static Outcome draw(Path folder) {
        return draw(folder, false);
    }

    /** The default charts, and with {@code geojson} the last day's control map as GeoJSON. */
    static Outcome draw(Path folder, boolean geojson) {
        try {
            List<String> names = new ArrayList<>();
            for (Path p : DefaultCharts.write(folder)) {
                names.add(folder.relativize(p).toString());
            }
            if (geojson) {
                ChartRequest request = ChartRequest.defaults();
                request = new ChartRequest(EnumSet.of(ChartKind.GEOJSON), request.formats(), request.size(),
                        List.of(), request.animate());
                for (Path p : new RunChartWriter(RunFolder.open(folder), folder).write(request)) {
                    names.add(folder.relativize(p).toString());
                }
            }
            RunManifest.appendFiles(folder, names);
            return new Outcome(names, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), e instanceof RunFolderError ? e.getMessage() : RunJob.describe(e));
        }
    }
}
