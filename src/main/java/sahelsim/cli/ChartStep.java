package sahelsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.DefaultCharts;
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
        try {
            List<String> names = new ArrayList<>();
            for (Path p : DefaultCharts.write(folder)) {
                names.add(folder.relativize(p).toString());
            }
            RunManifest.appendFiles(folder, names);
            return new Outcome(names, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), e instanceof RunFolderError ? e.getMessage() : RunJob.describe(e));
        }
    }
}
