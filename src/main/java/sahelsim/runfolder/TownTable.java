package sahelsim.runfolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** towns.csv of a run, read back: who held each town, and who blockaded it, from when to when. */
public final class TownTable {

    /** A town held (or blockaded) by a faction from one date to another, both inclusive; "" for nobody. */
    public record Span(String townId, String town, String status, String faction, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public static final String HELD = "held";
    public static final String BLOCKADED = "blockaded";

    static final List<String> COLUMNS = List.of("town_id", "town", "region", "status", "faction", "from", "to",
            "days");

    private final List<Span> spans;

    private TownTable(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    public static TownTable read(Path file) {
        List<Span> spans = new ArrayList<>();
        try (CsvInput in = CsvInput.open(file, COLUMNS)) {
            while (in.next()) {
                LocalDate from = in.date("from");
                LocalDate to = in.date("to");
                if (to.isBefore(from)) {
                    throw in.error("expected 'to' on or after 'from', found " + from + " to " + to);
                }
                String status = in.oneOf("status", List.of(HELD, BLOCKADED));
                String faction = in.text("faction");
                if (status.equals(BLOCKADED) && faction.isEmpty()) {
                    throw in.error("faction", "the blockading faction's id", faction);
                }
                spans.add(new Span(in.text("town_id"), in.text("town"), status, faction, from, to));
            }
        }
        return new TownTable(spans);
    }

    public List<Span> spans() {
        return spans;
    }

    /** The faction holding a town on a date; empty when nobody held it (or the file does not say). */
    public Optional<String> holder(String townId, LocalDate date) {
        for (Span s : spans) {
            if (s.status().equals(HELD) && s.townId().equals(townId) && s.covers(date) && !s.faction().isEmpty()) {
                return Optional.of(s.faction());
            }
        }
        return Optional.empty();
    }

    /** Whether some faction blockaded the town on a date. */
    public boolean blockaded(String townId, LocalDate date) {
        return blockader(townId, date).isPresent();
    }

    /** The faction blockading a town on a date, if any. */
    public Optional<String> blockader(String townId, LocalDate date) {
        for (Span s : spans) {
            if (s.status().equals(BLOCKADED) && s.townId().equals(townId) && s.covers(date)) {
                return Optional.of(s.faction());
            }
        }
        return Optional.empty();
    }
}
