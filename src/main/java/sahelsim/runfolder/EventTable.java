package sahelsim.runfolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** events.csv of a run, read back: the columns charts count by (ACLED's names, docs/outputs.md). */
public final class EventTable {

    /** One event: its date, ACLED event type and sub-event type, actors' faction ids and the dead. */
    public record Event(LocalDate date, String eventType, String subEventType, String actor1Id, String actor2Id,
                        long fatalities, long civilianFatalities) {
    }

    /** ACLED's event types, in the order charts show them. */
    public static final List<String> EVENT_TYPES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    static final List<String> COLUMNS = List.of("event_id", "event_date", "event_type", "sub_event_type", "actor1",
            "actor2", "admin1", "location", "latitude", "longitude", "fatalities", "notes", "actor1_id", "actor2_id",
            "actor1_fatalities", "actor2_fatalities", "civilian_fatalities");

    private final List<Event> events;

    private EventTable(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** Reads the file; a run with no events has a header line only. */
    public static EventTable read(Path file) {
        List<Event> events = new ArrayList<>();
        try (CsvInput in = CsvInput.open(file, COLUMNS)) {
            while (in.next()) {
                long fatalities = in.whole("fatalities");
                long civilians = in.whole("civilian_fatalities");
                if (fatalities < 0 || civilians < 0 || civilians > fatalities) {
                    throw in.error("expected 0 <= civilian_fatalities <= fatalities, found " + civilians + " and "
                            + fatalities);
                }
                events.add(new Event(in.date("event_date"), in.oneOf("event_type", EVENT_TYPES),
                        in.text("sub_event_type"), in.text("actor1_id"), in.text("actor2_id"), fatalities, civilians));
            }
        }
        return new EventTable(events);
    }

    public List<Event> events() {
        return events;
    }
}
