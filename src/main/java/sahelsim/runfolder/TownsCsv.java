package sahelsim.runfolder;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import sahelsim.io.CsvTable;
import sahelsim.map.MaliGeography;
import sahelsim.observe.RunFinalState;

/** towns.csv: who held each town, and who blockaded it, from when to when (both days inclusive). */
public final class TownsCsv {

    public static final List<String> COLUMNS = List.of("town_id", "town", "region", "status", "faction", "from", "to",
            "days");

    private final MaliGeography geography;

    public TownsCsv(MaliGeography geography) {
        this.geography = geography;
    }

    /** Spans in the final state's order: by town as the geography lists them, then status, then date. */
    public void write(RunFinalState state, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        for (RunFinalState.TownSpan s : state.spans()) {
            table.row(s.townId(), s.townName(), regionName(s.region()), s.status().name().toLowerCase(Locale.ROOT),
                    s.faction(), s.from().toString(), s.to().toString(), Long.toString(s.days()));
        }
        table.finish();
    }

    /** The region's name, as in the admin1 column of events.csv. */
    private String regionName(String regionId) {
        return geography.regionIndex(regionId).map(i -> geography.regions().get(i).name()).orElse(regionId);
    }
}
