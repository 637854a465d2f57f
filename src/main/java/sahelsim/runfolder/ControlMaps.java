package sahelsim.runfolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * control.csv.gz of a run, read back: the control map on each snapshot date, as the dominant faction and the
 * Kalyvas zone of every grid cell. Cells the file does not list are uncontrolled (zone 0).
 */
public final class ControlMaps {

    /** The map on one date; per cell index y·width + x: faction (index into the manifest's list, -1: none) and zone. */
    public record Frame(LocalDate date, byte[] faction, byte[] zone) {
    }

    static final List<String> COLUMNS = List.of("date", "x", "y", "faction", "zone");

    private final NavigableMap<LocalDate, Frame> frames;

    private ControlMaps(NavigableMap<LocalDate, Frame> frames) {
        this.frames = frames;
    }

    /** Reads every snapshot; the grid and the faction ids come from the run's manifest. */
    public static ControlMaps read(Path file, RunManifest.GridInfo grid, List<String> factionIds) {
        Map<String, Integer> factionIndex = new HashMap<>();
        for (int i = 0; i < factionIds.size(); i++) {
            factionIndex.put(factionIds.get(i), i);
        }
        int cells = grid.width() * grid.height();
        NavigableMap<LocalDate, Frame> frames = new TreeMap<>();
        try (CsvInput in = CsvInput.open(file, COLUMNS)) {
            Frame current = null;
            while (in.next()) {
                LocalDate date = in.date("date");
                if (current == null || !current.date().equals(date)) {
                    current = frames.computeIfAbsent(date, d -> new Frame(d, filled(cells, (byte) -1), new byte[cells]));
                }
                long x = in.whole("x");
                long y = in.whole("y");
                if (x < 0 || x >= grid.width()) {
                    throw in.error("x", "a column of the manifest's grid, 0 to " + (grid.width() - 1), in.text("x"));
                }
                if (y < 0 || y >= grid.height()) {
                    throw in.error("y", "a row of the manifest's grid, 0 to " + (grid.height() - 1), in.text("y"));
                }
                Integer faction = factionIndex.get(in.text("faction"));
                if (faction == null) {
                    throw in.error("faction", "a faction id of the manifest (" + String.join(", ", factionIds) + ")",
                            in.text("faction"));
                }
                long zone = in.whole("zone");
                if (zone < 1 || zone > 5) {
                    throw in.error("zone", "a Kalyvas zone 1-5", in.text("zone"));
                }
                int cell = (int) (y * grid.width() + x);
                current.faction()[cell] = faction.byteValue();
                current.zone()[cell] = (byte) zone;
            }
        }
        if (frames.isEmpty()) {
            throw new RunFolderError(file, 2, "expected rows of control maps after the header, found none");
        }
        return new ControlMaps(frames);
    }

    private static byte[] filled(int n, byte value) {
        byte[] a = new byte[n];
        Arrays.fill(a, value);
        return a;
    }

    /** Snapshot dates, in order. */
    public List<LocalDate> dates() {
        return new ArrayList<>(frames.keySet());
    }

    public List<Frame> frames() {
        return new ArrayList<>(frames.values());
    }

    /** The last snapshot on or before a date; empty before the first one. */
    public Optional<Frame> onOrBefore(LocalDate date) {
        var e = frames.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    public LocalDate first() {
        return frames.firstKey();
    }

    public LocalDate last() {
        return frames.lastKey();
    }
}
