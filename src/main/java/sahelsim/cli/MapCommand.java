package sahelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sahelsim.chart.BaseMap;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.ImageSize;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;

/** Draws the map the model runs on. */
@Command(name = "map", header = "Draw the map the model runs on as a PNG.",
        description = "Draw the map of northern and central Mali the model runs on (terrain, river, roads, towns) as a PNG.")
final class MapCommand extends SahelsimCommand {

    @Option(names = "--resolution", paramLabel = "DEGREES", defaultValue = "0.1",
            description = "Cell size in degrees: 0.1 (default), 0.05 or 0.025.")
    private double resolution;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "results/map.png",
            description = "Where to write the PNG (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            converter = ImageOptions.SizeConverter.class, description = "Image size in pixels (default: ${DEFAULT-VALUE}).")
    private ImageSize size;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        if (!(resolution >= 0.01 && resolution <= 1.0)) {
            throw new UserError("--resolution: expected a cell size between 0.01 and 1 degree, got " + resolution);
        }
        if (!out.getFileName().toString().toLowerCase().endsWith(".png")) {
            throw new UserError("--out: expected a file name ending in .png, got " + out);
        }
        if (Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a folder; give a file name ending in .png");
        }
        if (Files.exists(out) && !force) {
            throw new UserError(out + " exists; use --force to overwrite it");
        }
        Grid grid = ShippedGeography.grid(resolution);
        PictureFiles.writePng(new BaseMap(grid), size, out);
        spec.commandLine().getOut().println("wrote " + out + " (" + grid.width() + " x " + grid.height()
                + " cells of " + resolution + " degrees, " + grid.landCellCount() + " inside Mali)");
        return ExitCodes.OK;
    }
}
