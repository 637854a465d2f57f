package sahelsim.observe;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.MaliGeography;
import sahelsim.map.Site;
import sahelsim.map.Town;

/**
 * The keys of the measures by where people who fled stay: the places in Mali (the map's towns, then Bamako),
 * the camps abroad and the countries of asylum, each in the shipped geography's order.
 */
public record Destinations(List<String> inMali, List<String> camps, List<String> countries) {

    public static final Destinations NONE = new Destinations(List.of(), List.of(), List.of());

    public Destinations {
        inMali = List.copyOf(inMali);
        camps = List.copyOf(camps);
        countries = List.copyOf(countries);
    }

    /** In the order of the flight's places ({@code sahelsim.model.flight.Places}): towns, then sites. */
    public static Destinations of(MaliGeography geography) {
        List<String> inMali = new ArrayList<>();
        List<String> camps = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (Town t : geography.towns()) {
            inMali.add(t.id());
        }
        for (Site s : geography.sites()) {
            if (!s.abroad()) {
                inMali.add(s.id());
                continue;
            }
            camps.add(s.id());
            if (!countries.contains(s.country())) {
                countries.add(s.country());
            }
        }
        return new Destinations(inMali, camps, countries);
    }
}
