package sahelsim.runfolder;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.observe.EventLog;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;

/**
 * events.csv: the event log under ACLED's column names (ACLED Codebook), so that the same scripts read model
 * output and an ACLED export, followed by the faction ids and the dead by side.
 */
public final class EventsCsv {

    public static final List<String> COLUMNS = List.of("event_id", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "admin1", "location", "latitude", "longitude", "fatalities", "notes",
            "actor1_id", "actor2_id", "actor1_fatalities", "actor2_fatalities", "civilian_fatalities");

    /** ACLED's name for civilian victims in Mali, and for civilians who protest or riot. */
    static final String CIVILIANS_NAME = "Civilians (Mali)";
    static final String PROTESTERS_NAME = "Protesters (Mali)";
    static final String RIOTERS_NAME = "Rioters (Mali)";
    static final String CIVILIANS_ID = "civilians";

    private final Scenario scenario;
    private final Grid grid;

    public EventsCsv(Scenario scenario, Grid grid) {
        this.scenario = scenario;
        this.grid = grid;
    }

    public void write(EventLog log, RunRecord record, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        for (int i = 0; i < log.size(); i++) {
            ModelEvent e = log.get(i);
            Town town = grid.geography().town(e.town());
            boolean atTown = grid.townCell(e.town()) == e.cell();
            table.row("SAH" + (i + 1),
                    record.date((int) e.day()).toString(),
                    e.kind().eventType(),
                    e.kind().subEventType(),
                    actorName(e.actor1(), e.kind()),
                    actorName(e.actor2(), e.kind()),
                    admin1(e.cell()),
                    town.name(),
                    NumberText.format(atTown ? town.location().lat() : grid.lat(e.cell())),
                    NumberText.format(atTown ? town.location().lon() : grid.lon(e.cell())),
                    Integer.toString(e.fatalities()),
                    e.notes(),
                    actorId(e.actor1()),
                    actorId(e.actor2()),
                    Integer.toString(e.actor1Deaths()),
                    Integer.toString(e.actor2Deaths()),
                    Integer.toString(e.civilianDeaths()));
        }
        table.finish();
    }

    private String actorName(int actor, EventKind kind) {
        if (actor == ModelEvent.CIVILIANS) {
            return kind == EventKind.PROTEST ? PROTESTERS_NAME : kind == EventKind.RIOT ? RIOTERS_NAME : CIVILIANS_NAME;
        }
        return actor < 0 ? "" : faction(actor).name();
    }

    private String actorId(int actor) {
        if (actor == ModelEvent.CIVILIANS) {
            return CIVILIANS_ID;
        }
        return actor < 0 ? "" : faction(actor).id();
    }

    private FactionSpec faction(int index) {
        return scenario.factions().get(index);
    }

    /** The region's name, as ACLED's admin1; empty off Mali's land (no event should be there). */
    private String admin1(int cell) {
        int region = grid.region(cell);
        return region < 0 ? "" : grid.geography().regions().get(region).name();
    }
}
