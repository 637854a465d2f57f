package sahelsim.gui;

import java.time.LocalDate;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;

/**
 * The news ticker's lines: picks from the event log what a class should notice, as one line each: towns taken, blockades beginning and
 * ending, large massacres, coalitions and truces, bases handed over or abandoned, forces arriving and leaving.
 * Battles, explosions and small killings, thousands of rows in a run, stay in events.csv.
 */
final class NewsLines {

    /** Civilians killed in one event for it to count as a large massacre (the scenarios' median is 20). */
    static final int LARGE_MASSACRE = 40;
    private static final String STRATEGIC = "Strategic developments";

    /** One line of the ticker; {@code faction} (index, or -1) colours its marker. */
    record Line(LocalDate date, String text, int faction) {
    }

    private NewsLines() {
    }

    /** The ticker's line for an event, or null when the event is routine. */
    static Line of(ModelEvent e, SahelModel model) {
        EventKind kind = e.kind();
        String text = null;
        if (kind == EventKind.TERRITORY_TAKEN || kind == EventKind.TERRITORY_REGAINED) {
            text = name(model, e.actor1()) + " takes " + model.town(e.town()).town().name()
                    + (e.actor2() >= 0 ? " from " + name(model, e.actor2()) : "");
        } else if (kind == EventKind.CIVILIANS_ATTACKED && e.civilianDeaths() >= LARGE_MASSACRE) {
            text = e.civilianDeaths() + " civilians killed near " + model.town(e.town()).town().name() + " by "
                    + name(model, e.actor1());
        } else if (STRATEGIC.equals(kind.eventType()) && kind != EventKind.CONVOY_TURNED_BACK) {
            // Strategic developments (bases handed over or abandoned, blockades, coalitions, truces, forces
            // arriving or leaving) are rare and all worth telling, except convoys turned back by a blockade,
            // which happen every few days while one lasts. Told by ACLED type, so new kinds of them show too.
            text = shorten(e.notes(), model);
        }
        return text == null ? null : new Line(model.calendar().date(e.day()), capitalise(text), e.actor1());
    }

    private static String name(SahelModel model, int faction) {
        return Levers.shortName(model.faction(faction).name());
    }

    /** Notes name factions in full, "FAMa (Malian army)": a ticker line uses the short names. */
    private static String shorten(String notes, SahelModel model) {
        String out = notes;
        for (Faction f : model.factions()) {
            out = out.replace(f.name(), Levers.shortName(f.name()));
        }
        return out;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
