package sahelsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sahelsim.runfolder.RunFolder;

/**
 * The charts every run gets: one call, from the files in its folder, into the same folder. The run command
 * calls it when a run or a set of replicates is complete; `sahelsim chart DIR` with no --what draws the same.
 */
public final class DefaultCharts {

    private DefaultCharts() {
    }

    /**
     * Writes the default charts (PNG and SVG at 1600x900) into the run folder, leaving out the maps when the
     * run kept none ({@code --map-every 0}); returns the files written.
     */
    public static List<Path> write(Path runFolder) throws IOException {
        RunFolder folder = RunFolder.open(runFolder);
        ChartRequest request = ChartRequest.defaults();
        if (!folder.hasControlMaps()) {
            request = request.without(ChartKind.MAP, ChartKind.PANEL);
        }
        return new RunChartWriter(folder, runFolder).write(request);
    }
}
