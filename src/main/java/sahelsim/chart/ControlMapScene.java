package sahelsim.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.runfolder.ControlMaps;
import sahelsim.runfolder.RunManifest;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.load.ShippedGeography;
import sahelsim.runfolder.TownTable;
import sahelsim.map.Grid;
import sahelsim.map.MapBounds;
import sahelsim.map.Town;

/**
 * Everything a control map of one run draws from: the grid, the factions' colours, the snapshots of
 * control.csv.gz, who held and blockaded each town (towns.csv), and the caption. The legend lists the
 * factions that control a cell or hold a town on some snapshot, so that it stays the same in every frame.
 */
public final class ControlMapScene {

    private final Grid grid;
    private final FactionPalette palette;
    private final TownTable towns;
    private final ControlMaps maps;
    private final String scenario;
    private final ChartCaption caption;
    private final List<FactionPalette.Entry> legend;

    public ControlMapScene(Grid grid, FactionPalette palette, TownTable towns, ControlMaps maps, String scenario,
                           ChartCaption caption) {
        this.grid = grid;
        this.palette = palette;
        this.towns = towns;
        this.maps = maps;
        this.scenario = scenario;
        this.caption = caption;
        this.legend = legendFactions();
    }

    /** The scene of a run; for a set, of its first replicate, with the set's caption. */
    public static ControlMapScene of(RunFolder folder) {
        RunFolder run = folder.firstRun();
        RunManifest m = run.manifest();
        Grid grid = ShippedGeography.grid(m.grid().resolution());
        RunManifest.GridInfo g = m.grid();
        if (g.width() != grid.width() || g.height() != grid.height()
                || Math.abs(g.west() - MapBounds.WEST) > 1e-6 || Math.abs(g.north() - MapBounds.NORTH) > 1e-6) {
            throw new RunFolderError(run.manifestFile(), "the grid (" + g.width() + " x " + g.height() + " cells of "
                    + g.resolution() + "° from " + g.west() + ", " + g.north() + ") is not this program's map at that "
                    + "resolution (" + grid.width() + " x " + grid.height() + " cells from " + MapBounds.WEST + ", "
                    + MapBounds.NORTH + ")");
        }
        ChartCaption caption = ChartCaption.of(folder);
        if (folder.isSet()) {
            caption = new ChartCaption("Maps of replicate " + m.replicateLabel() + " · " + caption.text());
        }
        return new ControlMapScene(grid, FactionPalette.of(m), run.towns(), run.controlMaps(), m.scenario().name(), caption);
    }

    private List<FactionPalette.Entry> legendFactions() {
        boolean[] seen = new boolean[palette.factions().size()];
        for (ControlMaps.Frame f : maps.frames()) {
            for (byte b : f.faction()) {
                if (b >= 0) {
                    seen[b] = true;
                }
            }
        }
        for (TownTable.Span s : towns.spans()) {
            int i = palette.index(s.faction());
            if (i >= 0) {
                seen[i] = true;
            }
        }
        List<FactionPalette.Entry> out = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                out.add(palette.get(i));
            }
        }
        return out;
    }

    public Grid grid() {
        return grid;
    }

    public ControlMaps maps() {
        return maps;
    }

    public String scenario() {
        return scenario;
    }

    public ChartCaption caption() {
        return caption;
    }

    /** Factions the legend lists, in scenario order. */
    public List<FactionPalette.Entry> legend() {
        return legend;
    }

    public FactionPalette palette() {
        return palette;
    }

    /**
     * The ink of a cell in a frame: its dominant faction's own colour, whatever the strength of control, which
     * the map shows as solid, bands or stripes ({@link ControlShading}); null if nobody controls it.
     */
    public Color cellColour(ControlMaps.Frame frame, int cell) {
        int faction = frame.faction()[cell];
        ControlShading.Strength strength = ControlShading.Strength.of(frame.zone()[cell]);
        return faction < 0 || strength == null ? null : ControlShading.fill(palette.get(faction).colour(), strength);
    }

    /** The colour of the faction holding a town on a date; white when nobody holds it. */
    public Color townFill(Town town, LocalDate date) {
        return towns.holder(town.id(), date).map(palette::colour).orElse(Color.WHITE);
    }

    /** Who held a town on a date (towns.csv). */
    public TownTable towns() {
        return towns;
    }

    public boolean blockaded(Town town, LocalDate date) {
        return towns.blockaded(town.id(), date);
    }
}
