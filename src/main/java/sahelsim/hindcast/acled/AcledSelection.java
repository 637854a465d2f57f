package sahelsim.hindcast.acled;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import sahelsim.map.MapBounds;

/**
 * The events of an export the model can be held against: in Mali, within the scenario's period,
 * in an admin1 region the map covers, at coordinates on the map (a region only partly on the map,
 * Ségou, keeps only its events on the map). Each event left out is counted under the first of these it fails, so
 * that a report can say what was kept and why the rest was not.
 *
 * @param read            every row of the export
 * @param otherCountries  rows of other countries
 * @param outsidePeriod   rows in Mali before or after the scenario's period
 * @param regionsOffMap   rows in a Malian region the map does not cover (Kayes, Bamako, Sikasso ...)
 * @param offMap          rows in a covered region whose coordinates lie off the map
 * @param unknownAdmin1   rows whose admin1 name the table does not know, by name: left out, and reported
 */
public record AcledSelection(List<Kept> kept, int read, int otherCountries, int outsidePeriod,
                             int regionsOffMap, int offMap, SortedMap<String, Integer> unknownAdmin1) {

    /** ACLED's name for the country the model covers. */
    public static final String COUNTRY = "Mali";

    /** An event kept, with the model's region it falls in (index in the geography's regions). */
    public record Kept(AcledEvent event, int region) {
    }

    public AcledSelection {
        kept = List.copyOf(kept);
        unknownAdmin1 = Collections.unmodifiableSortedMap(new TreeMap<>(unknownAdmin1));
    }

    /**
     * The events kept from an export.
     *
     * @param regionIds the model's region ids, in the geography's order
     */
    public static AcledSelection select(List<AcledEvent> events, Period period, Admin1Table table,
                                        List<String> regionIds) {
        List<Kept> kept = new ArrayList<>();
        int otherCountries = 0;
        int outsidePeriod = 0;
        int regionsOffMap = 0;
        int offMap = 0;
        SortedMap<String, Integer> unknown = new TreeMap<>();
        for (AcledEvent e : events) {
            if (!e.country().equalsIgnoreCase(COUNTRY)) {
                otherCountries++;
            } else if (!period.contains(e.date())) {
                outsidePeriod++;
            } else {
                Optional<Admin1Table.Entry> entry = table.entry(e.admin1());
                if (entry.isEmpty()) {
                    unknown.merge(e.admin1(), 1, Integer::sum);
                } else if (!entry.get().modelled()) {
                    regionsOffMap++;
                } else if (!MapBounds.contains(e.latitude(), e.longitude())) {
                    offMap++;
                } else {
                    kept.add(new Kept(e, regionIndex(regionIds, entry.get())));
                }
            }
        }
        return new AcledSelection(kept, events.size(), otherCountries, outsidePeriod, regionsOffMap, offMap,
                unknown);
    }

    private static int regionIndex(List<String> regionIds, Admin1Table.Entry entry) {
        int i = regionIds.indexOf(entry.region());
        if (i < 0) {
            throw new IllegalStateException(Admin1Table.RESOURCE + ": " + entry.admin1() + " falls in the region "
                    + entry.region() + ", which the geography does not have");
        }
        return i;
    }

    /** The rows whose admin1 name the table does not know. */
    public int unknown() {
        return unknownAdmin1.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Unknown names with their counts, for a message: "Gourma (3), X (1)". */
    public String unknownNames() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : unknownAdmin1.entrySet()) {
            parts.add((e.getKey().isEmpty() ? "(blank)" : e.getKey()) + " (" + e.getValue() + ")");
        }
        return String.join(", ", parts);
    }
}
