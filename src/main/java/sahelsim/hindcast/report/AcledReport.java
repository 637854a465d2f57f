package sahelsim.hindcast.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.hindcast.acled.AcledComparison;
import sahelsim.hindcast.acled.AcledSelection;
import sahelsim.hindcast.acled.Breakdown;
import sahelsim.hindcast.acled.Count;
import sahelsim.io.AtomicFiles;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;

/**
 * The hindcast against an ACLED export: {@code acled.csv}, a row per series value (the runs' median and band,
 * ACLED's count, whether it lies in the band, ratio and log error), and the section of {@code hindcast.md} that
 * says what was kept of the export and how far the runs are from it.
 */
public final class AcledReport {

    public static final String TABLE = "acled.csv";

    /** The export compared, as the user named it, and what was kept of it. */
    public record Source(String file, AcledSelection selection) {
    }

    private AcledReport() {
    }

    public static void writeTable(Path folder, List<AcledComparison.Row> rows) throws IOException {
        AtomicFiles.writeText(folder.resolve(TABLE), out -> table(out, rows));
    }

    private static void table(Writer out, List<AcledComparison.Row> rows) throws IOException {
        CsvTable t = new CsvTable(out, List.of("count", "breakdown", "key", "label", "acled", "model_median",
                "model_p5", "model_p95", "inside_band", "ratio", "log_error"));
        for (AcledComparison.Row r : rows) {
            t.row(r.count().word(), r.by().word(), r.key(), r.label(), Long.toString(r.acled()),
                    NumberText.format(r.median()), NumberText.format(r.low()), NumberText.format(r.high()),
                    Boolean.toString(r.inside()), NumberText.format(r.ratio()), NumberText.format(r.logError()));
        }
        t.finish();
    }

    /** The report's section, a level-2 heading and what follows it, charts included. */
    public static String section(Source source, List<AcledComparison.Row> rows, List<HindcastReport.Chart> charts,
                                 int runs) {
        AcledSelection s = source.selection();
        StringBuilder md = new StringBuilder("## Against ACLED\n\n");
        md.append(String.format(Locale.ROOT, "The ACLED export `%s`: %,d rows read, %,d events kept (in %s, within the "
                        + "scenario's period, of the event types the model writes, in the regions its map covers). ",
                source.file(), s.read(), s.kept().size(), AcledSelection.COUNTRY));
        md.append(leftOut(s)).append("\n\n");
        md.append(String.format(Locale.ROOT, "Each of the %d runs' event logs (the rows of events.csv) is counted the "
                + "same way. Totals, months and regions count violent events (Battles, Explosions/Remote violence, "
                + "Violence against civilians); the breakdown by event type adds strategic developments, which ACLED "
                + "and the model record differently. The runs' band is the middle 90%% (5th to 95th percentile; with "
                + "fewer than 20 runs, from the lowest run to the highest). Log error: ln((median + 1) / (ACLED + 1)), "
                + "positive when the runs count more; error factor: exp of the median absolute log error.%n%n", runs));
        md.append("| Series | Values in the runs' band | Error factor |\n|---|---:|---:|\n");
        for (AcledComparison.Summary sum : AcledComparison.summaries(rows)) {
            md.append(String.format(Locale.ROOT, "| %s, %s | %d of %d | %.2f |%n", sum.count().word(),
                    breakdown(sum.by()), sum.inside(), sum.values(), sum.errorFactor()));
        }
        md.append('\n');
        md.append("| Count | Of | ACLED | Runs: median (5-95%) | Ratio | Log error | In the band |\n");
        md.append("|---|---|---:|---|---:|---:|---|\n");
        for (AcledComparison.Row r : rows) {
            if (r.by() == Breakdown.MONTH) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s (%s to %s) | %s | %+.2f | %s |%n",
                    r.count().word(), r.label().replace("|", "\\|"),
                    HindcastReport.number(r.acled()), HindcastReport.number(r.median()),
                    HindcastReport.number(r.low()), HindcastReport.number(r.high()),
                    Double.isNaN(r.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.logError(),
                    r.inside() ? "yes" : "**no**"));
        }
        md.append('\n');
        for (HindcastReport.Chart c : charts) {
            md.append("![").append(c.caption()).append("](").append(c.file()).append(")\n\n");
        }
        md.append("Every value, month by month included, is in `").append(TABLE).append("`.\n\n");
        return md.toString();
    }

    /** A few lines for the console: what was kept, the totals, and how many values lie in the runs' band. */
    public static List<String> summary(Source source, List<AcledComparison.Row> rows) {
        AcledSelection s = source.selection();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Against ACLED (%s): %,d events kept of %,d rows. %s", source.file(),
                s.kept().size(), s.read(), leftOut(s)));
        for (AcledComparison.Row r : rows) {
            if (r.by() == Breakdown.PERIOD) {
                lines.add(String.format(Locale.ROOT, "  %s over the period: ACLED %s, runs %s (%s to %s), %s the "
                                + "runs' band", r.count() == Count.EVENTS ? "violent events" : "fatalities",
                        HindcastReport.number(r.acled()), HindcastReport.number(r.median()),
                        HindcastReport.number(r.low()), HindcastReport.number(r.high()),
                        r.inside() ? "inside" : "outside"));
            }
        }
        List<String> parts = new ArrayList<>();
        for (AcledComparison.Summary sum : AcledComparison.summaries(rows)) {
            if (sum.by() != Breakdown.PERIOD) {
                parts.add(String.format(Locale.ROOT, "%s %s %d of %d", sum.count().word(), breakdown(sum.by()),
                        sum.inside(), sum.values()));
            }
        }
        lines.add("  In the runs' band: " + String.join(", ", parts) + " (every value: " + TABLE + ")");
        return lines;
    }

    private static String breakdown(Breakdown by) {
        return switch (by) {
            case PERIOD -> "whole period";
            case MONTH -> "by month";
            case REGION -> "by region";
            case EVENT_TYPE -> "by event type";
        };
    }

    /** The rows left out, by reason, only the reasons that apply. */
    public static String leftOut(AcledSelection s) {
        List<String> parts = new ArrayList<>();
        part(parts, s.otherCountries(), "in other countries");
        part(parts, s.outsidePeriod(), "outside the period");
        part(parts, s.regionsOffMap(), "in Malian regions off the map (the south and west)");
        part(parts, s.offMap(), "at coordinates off the map (Ségou's and San's south-west)");
        if (s.unknown() > 0) {
            parts.add(String.format(Locale.ROOT, "%,d with an admin1 name the table of regions does not know: %s",
                    s.unknown(), s.unknownNames()));
        }
        return parts.isEmpty() ? "Nothing was left out." : "Left out: " + String.join("; ", parts) + ".";
    }

    private static void part(List<String> parts, int n, String why) {
        if (n > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", n, why));
        }
    }
}
