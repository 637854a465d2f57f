package sahelsim.contrast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import sahelsim.stats.BootstrapMeans;
import sahelsim.io.NumberText;
import sahelsim.observe.Outcome;

/**
 * Writes a {@link Contrast} as a Markdown page (one table per outcome, for people) and as a tidy CSV (one row per
 * outcome and scenario, for scripts).
 */
public final class ContrastTables {

    /** The CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("outcome", "scenario", "file", "replicates", "mean",
            "ci95_low", "ci95_high", "difference", "difference_ci95_low", "difference_ci95_high", "differs");

    private ContrastTables() {
    }

    /**
     * The Markdown page.
     *
     * @param title   the page's heading
     * @param preface lines said before the tables (how the page was made), each its own paragraph
     */
    public static void markdown(Contrast c, String title, List<String> preface, Writer out) throws IOException {
        out.write("# " + title + "\n\n");
        for (String p : preface) {
            out.write(p + "\n\n");
        }
        out.write("| scenario | period | replicates | what it asks |\n|---|---|---:|---|\n");
        for (ScenarioSample s : c.scenarios()) {
            out.write("| " + s.name() + " | " + s.start() + " to " + s.end() + " | " + s.replicates() + " | "
                    + oneLine(s.description()) + " |\n");
        }
        out.write("\n");
        for (String outcome : c.outcomes()) {
            out.write("## " + heading(outcome) + "\n\n");
            out.write("| scenario | mean (95% interval) | difference from " + c.reference().name()
                    + " (95% interval) |\n|---|---|---|\n");
            for (Contrast.Row r : c.rows(outcome)) {
                String diff = r.reference() ? "reference"
                        : r.difference() == null ? "another period (" + r.scenario().start() + " to "
                        + r.scenario().end() + ")"
                        : signed(outcome, r.difference().value()) + " (" + signed(outcome, r.difference().low())
                        + " to " + signed(outcome, r.difference().high()) + ")" + (r.differs() ? " **differs**" : "");
                out.write("| " + r.scenario().name() + " | " + value(outcome, r.stats().mean()) + " ("
                        + value(outcome, r.stats().ci95Low()) + " to " + value(outcome, r.stats().ci95High()) + ") | "
                        + diff + " |\n");
            }
            out.write("\n");
        }
    }

    /** The tidy CSV: numbers as the run's files write them, an empty field where a value is undefined. */
    public static void csv(Contrast c, Writer out) throws IOException {
        out.write(String.join(",", CSV_COLUMNS) + "\n");
        for (String outcome : c.outcomes()) {
            for (Contrast.Row r : c.rows(outcome)) {
                ScenarioSample s = r.scenario();
                out.write(String.join(",", List.of(outcome, quote(s.name()), quote(s.file()),
                        Integer.toString(s.replicates()), NumberText.format(r.stats().mean()),
                        NumberText.format(r.stats().ci95Low()), NumberText.format(r.stats().ci95High()),
                        difference(r, BootstrapMeans.Estimate::value), difference(r, BootstrapMeans.Estimate::low),
                        difference(r, BootstrapMeans.Estimate::high), Boolean.toString(r.differs()))) + "\n");
            }
        }
    }

    private static String difference(Contrast.Row r, java.util.function.ToDoubleFunction<BootstrapMeans.Estimate> part) {
        return r.difference() == null ? "" : NumberText.format(part.applyAsDouble(r.difference()));
    }

    /** The outcome's definition as a heading, with its name (and argument) for those who look it up. */
    private static String heading(String outcome) {
        int colon = outcome.indexOf(':');
        String definition = Outcome.byId(colon < 0 ? outcome : outcome.substring(0, colon))
                .map(Outcome::definition).orElse("");
        String plain = definition.endsWith(".") ? definition.substring(0, definition.length() - 1) : definition;
        return plain + (colon < 0 ? "" : " (" + outcome.substring(colon + 1) + ")") + ": `" + outcome + "`";
    }

    private static boolean isShare(String outcome) {
        int colon = outcome.indexOf(':');
        return Outcome.byId(colon < 0 ? outcome : outcome.substring(0, colon))
                .map(o -> o.unit().startsWith("share")).orElse(false);
    }

    private static String value(String outcome, double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return isShare(outcome) ? String.format(Locale.ROOT, "%.1f%%", 100 * v)
                : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String signed(String outcome, double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String sign = v > 0 ? "+" : v < 0 ? "−" : "";
        double a = Math.abs(v);
        return sign + (isShare(outcome) ? String.format(Locale.ROOT, "%.1f pts", 100 * a)
                : String.format(Locale.ROOT, "%,.0f", a));
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ").replace("|", "/");
        int stop = line.indexOf(". ");
        return stop < 0 ? line : line.substring(0, stop + 1);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
