package sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.FactionPalette;
import sahelsim.chart.ValueKind;

/**
 * An outcome a report tabulates and compares, with the words it is said in: a named outcome of summary.json
 * (docs/outputs.md) and where it stands in that file.
 *
 * @param name    the named outcome, as in sweep files and the contrast table, e.g. {@code towns_held_end:jnim}
 * @param label   what it is, for a table's row: "Civilians killed, 2022-2025"
 * @param noun    what it counts, for a sentence: "civilians killed" ("more"/"fewer" goes before it), or
 *                the share it measures: "share of residents under JNIM at the end" ("higher"/"lower" after it)
 * @param share   a share of residents (differences in percentage points) rather than a count
 */
public record ReportOutcome(String name, String label, String noun, boolean share) {

    /** One of a faction's outcomes (its share, its towns), told only where a scenario changes it clearly. */
    public boolean perFaction() {
        return name.startsWith("control_share_population_end:") || name.startsWith("towns_held_end:");
    }

    public ValueKind kind() {
        return share ? ValueKind.SHARE : ValueKind.COUNT;
    }

    /** The outcome's value in one run's summary.json; NaN where the summary does not have it. */
    public double value(JsonNode summary) {
        int colon = name.indexOf(':');
        String id = colon < 0 ? name : name.substring(0, colon);
        String arg = colon < 0 ? null : name.substring(colon + 1);
        JsonNode v;
        if (arg == null) {
            v = summary.path("outcomes").path(id);
        } else if (id.equals("blockade_days")) {
            v = summary.path("by_town").path(arg).path(id);
        } else {
            v = summary.path("by_faction").path(arg).path(id);
        }
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /**
     * The outcomes of a report: control at the end by side and by faction, the dead, the displaced, the
     * blockade of Timbuktu and the towns held, for the factions of the palette.
     */
    public static List<ReportOutcome> all(FactionPalette factions, String period) {
        List<ReportOutcome> out = new ArrayList<>();
        out.add(new ReportOutcome("government_population_share_end",
                "Residents where the government side holds firm or dominant control, at the end",
                "share of residents under the government side at the end", true));
        out.add(new ReportOutcome("armed_group_population_share_end",
                "Residents where armed groups hold firm or dominant control, at the end",
                "share of residents under armed groups at the end", true));
        for (FactionPalette.Entry f : factions.factions()) {
            out.add(new ReportOutcome("control_share_population_end:" + f.id(),
                    "Residents in cells " + f.name() + " dominates, at the end",
                    "share of residents under " + f.name() + " at the end", true));
        }
        out.add(new ReportOutcome("fatalities_total", "People killed, " + period, "people killed", false));
        out.add(new ReportOutcome("civilian_deaths_total", "Civilians killed, " + period, "civilians killed", false));
        out.add(new ReportOutcome("peak_displaced", "People displaced inside Mali, at the peak",
                "people displaced at the peak", false));
        out.add(new ReportOutcome("displaced_end", "People displaced inside Mali, at the end",
                "people still displaced at the end", false));
        out.add(new ReportOutcome("blockade_days:timbuktu", "Days Timbuktu was blockaded", "days of blockade of "
                + "Timbuktu", false));
        for (FactionPalette.Entry f : factions.factions()) {
            out.add(new ReportOutcome("towns_held_end:" + f.id(), "Towns " + f.name() + " holds at the end",
                    "towns held by " + f.name() + " at the end", false));
        }
        return out;
    }
}
