package sahelsim.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import sahelsim.io.AtomicFiles;
import sahelsim.io.Json;
import sahelsim.observe.Measure;
import sahelsim.runfolder.ControlMaps;
import sahelsim.runfolder.RunFolder;

/**
 * Draws the charts a request names from a run folder's files and writes them into a folder, one file per
 * chart and format, each written atomically. Names: control-population, control-area, control-stacked,
 * fatalities, civilian-deaths, events, displacement, displaced-map-DATE, control-map-DATE, control-maps and
 * control-map.gif.
 */
public final class RunChartWriter {

    /** A panel shows at most this many dates: beyond that the maps get too small to read. */
    public static final int PANEL_MAX = 6;

    private final RunFolder folder;
    private final Path out;
    private final List<String> notes = new ArrayList<>();
    private ControlMapScene scene;

    public RunChartWriter(RunFolder folder, Path out) {
        this.folder = folder;
        this.out = out;
    }

    /** Writes every chart of the request; returns the files written, in order. */
    public List<Path> write(ChartRequest request) throws IOException {
        List<Path> written = new ArrayList<>();
        RunCharts charts = new RunCharts(folder);
        for (ChartKind kind : request.kinds()) {
            switch (kind) {
                case CONTROL -> written.addAll(chart(charts.control(Measure.CONTROL_SHARE_POPULATION),
                        "control-population", request));
                case CONTROL_AREA -> written.addAll(chart(charts.control(Measure.CONTROL_SHARE_AREA), "control-area",
                        request));
                case CONTROL_STACKED -> written.addAll(chart(charts.controlStacked(), "control-stacked", request));
                case FATALITIES -> written.addAll(chart(charts.fatalities(), "fatalities", request));
                case CIVILIAN_DEATHS -> written.addAll(chart(charts.civilianDeaths(), "civilian-deaths", request));
                case EVENTS -> written.addAll(chart(charts.eventsByType(), "events", request));
                case DISPLACEMENT -> written.addAll(chart(charts.displacement(), "displacement", request));
                case DISPLACED_MAP -> {
                    List<LocalDate> dates = request.dates().isEmpty() ? java.util.Collections.singletonList(null)
                            : request.dates();
                    for (LocalDate d : dates) {
                        DisplacedMap map = DisplacedMap.of(folder, d);
                        written.addAll(PictureFiles.write(map, scaled(map.size(), request.size()), out,
                                "displaced-map-" + map.date(), request.formats()));
                    }
                }
                case MAP -> {
                    ControlMapScene scene = scene();
                    List<LocalDate> dates = request.dates().isEmpty() ? List.of(scene.maps().last()) : request.dates();
                    for (ControlMaps.Frame frame : noted(frames(scene.maps(), dates), dates)) {
                        written.addAll(PictureFiles.write(new ControlMapPicture(scene, frame, false).fitted(),
                                request.size(), out, "control-map-" + frame.date(), request.formats()));
                    }
                }
                case PANEL -> {
                    ControlMapScene scene = scene();
                    List<LocalDate> dates = request.dates().isEmpty() ? panelDates(scene.maps()) : request.dates();
                    if (dates.size() > PANEL_MAX) {
                        throw new ChartRequestError("a panel shows at most " + PANEL_MAX + " maps, but "
                                + dates.size() + " dates were given");
                    }
                    written.addAll(PictureFiles.write(new ControlMapPanel(scene, frames(scene.maps(), dates)).fitted(),
                            request.size(), out, "control-maps", request.formats()));
                }
                case SHARE_MAP -> {
                    if (folder.isSet()) {
                        List<LocalDate> dates = request.dates().isEmpty() ? List.of(scene().maps().last())
                                : request.dates();
                        for (LocalDate d : dates) {
                            ReplicateShareMap shares = ReplicateShareMap.of(folder, d);
                            written.addAll(PictureFiles.write(shares, scaled(shares.size(), request.size()), out,
                                    "control-map-shares-" + shares.date(), request.formats()));
                        }
                    } else if (request.kinds().size() == 1) {
                        throw new ChartRequestError("share-map needs a set of replicates; " + folder.dir()
                                + " is a single run");
                    }
                }
                case GEOJSON -> {
                    ControlMapScene scene = scene();
                    List<LocalDate> dates = request.dates().isEmpty() ? List.of(scene.maps().last()) : request.dates();
                    String source = folder.isSet() ? "replicate " + folder.firstRun().manifest().replicateLabel()
                            : "";
                    for (ControlMaps.Frame frame : noted(frames(scene.maps(), dates), dates)) {
                        Path file = out.resolve("control-map-" + frame.date() + ".geojson");
                        AtomicFiles.writeString(file, Json.text(ControlGeoJson.of(scene, frame, source)));
                        written.add(file);
                    }
                }
                case ANIMATION -> {
                    Path gif = out.resolve("control-map.gif");
                    ControlAnimation.write(scene(), request.animate(), request.size(), gif);
                    written.add(gif);
                }
            }
        }
        return written;
    }

    /** The requested width, with the height of a picture's own proportions. */
    private static ImageSize scaled(ImageSize natural, ImageSize requested) {
        return new ImageSize(requested.width(), requested.width() * natural.height() / natural.width());
    }

    /**
     * Lines for the user about the maps: which weekly map stood for a date asked for that has none of its own
     * (maps are kept every 7 days), and whose map a set's is.
     */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private List<ControlMaps.Frame> noted(List<ControlMaps.Frame> frames, List<LocalDate> asked) {
        for (LocalDate d : asked) {
            LocalDate used = scene().maps().onOrBefore(d).orElseThrow().date();
            if (!used.equals(d)) {
                String note = "no map on " + d + ": the run keeps a map every few days (--map-every), so the map of "
                        + used + ", the last before it, is used and named " + used;
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        return frames;
    }

    private ControlMapScene scene() {
        if (scene == null) {
            scene = ControlMapScene.of(folder);
        }
        return scene;
    }

    private List<Path> chart(JFreeChart chart, String name, ChartRequest request) throws IOException {
        return PictureFiles.write(TimeCharts.picture(chart), request.size(), out, name, request.formats());
    }

    /** The snapshot on or before each date (maps are kept weekly), each date checked against the run. */
    public static List<ControlMaps.Frame> frames(ControlMaps maps, List<LocalDate> dates) {
        List<ControlMaps.Frame> frames = new ArrayList<>();
        for (LocalDate d : dates) {
            if (d.isBefore(maps.first()) || d.isAfter(maps.last())) {
                throw new ChartRequestError("no control map on " + d + ": the run's maps cover " + maps.first()
                        + " to " + maps.last());
            }
            ControlMaps.Frame f = maps.onOrBefore(d).orElseThrow();
            if (frames.stream().noneMatch(x -> x.date().equals(f.date()))) {
                frames.add(f);
            }
        }
        return frames;
    }

    /** The first map, the last map of each year and the run's last map, thinned out to at most {@link #PANEL_MAX}. */
    static List<LocalDate> panelDates(ControlMaps maps) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(maps.first());
        for (int year = maps.first().getYear(); year < maps.last().getYear(); year++) {
            dates.add(maps.onOrBefore(LocalDate.of(year, 12, 31)).orElseThrow().date());
        }
        dates.add(maps.last());
        List<LocalDate> all = new ArrayList<>(dates);
        if (all.size() <= PANEL_MAX) {
            return all;
        }
        List<LocalDate> thinned = new ArrayList<>();
        for (int i = 0; i < PANEL_MAX; i++) {
            thinned.add(all.get((int) Math.round(i * (all.size() - 1) / (double) (PANEL_MAX - 1))));
        }
        return thinned;
    }
}
