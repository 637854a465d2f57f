package sahelsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import sahelsim.stats.ReplicateStats;

/**
 * The short table printed on stdout at the end of a run: the headline numbers and where the files are. For
 * a set of replicates each number is the mean with its bootstrap 95% confidence interval ({@link ReplicateStats}),
 * which stays within the values the number can take.
 */
final class HeadlineTable {

    private static final String CONTROL = "Control of the population on ";
    private static final String FATALITIES = "Fatalities";
    private static final String CIVILIANS = "Civilians killed";
    private static final String DISPLACED = "Peak displaced";
    private static final String BLOCKADE = "Days Timbuktu was blockaded";
    private static final String UNREST = "Protests and riots";

    private final PrintWriter out;

    HeadlineTable(PrintWriter out) {
        this.out = out;
    }

    void single(String title, Headlines h, String files) {
        out.println(title);
        out.println();
        out.println(CONTROL + h.end());
        int width = nameWidth(h.control());
        for (Headlines.Share s : h.control()) {
            out.println(pad("  " + s.name(), width) + percent(s.share()));
        }
        out.println();
        out.println(pad(FATALITIES, width) + count(h.fatalities()));
        out.println(pad(CIVILIANS, width) + count(h.civilianDeaths()));
        out.println(pad(DISPLACED, width) + count(h.peakDisplaced()) + " on " + h.peakDisplacedDate());
        out.println(pad(BLOCKADE, width) + count(h.timbuktuBlockadeDays()));
        out.println(pad(UNREST, width) + count(h.protestsAndRiots()));
        out.println();
        out.println(files);
        out.flush();
    }

    void replicates(String title, List<Headlines> runs, String files) {
        Headlines first = runs.get(0);
        int width = nameWidth(first.control());
        out.println(title);
        out.println();
        out.println(pad(CONTROL + first.end(), width) + "  mean  (95% confidence interval)");
        for (int i = 0; i < first.control().size(); i++) {
            int k = i;
            ReplicateStats s = stats(runs, h -> h.control().get(k).share());
            out.println(pad("  " + first.control().get(i).name(), width) + percent(s.mean())
                    + "  (" + percent(s.ci95Low()).strip() + " to " + percent(s.ci95High()).strip() + ")");
        }
        out.println();
        row(width, FATALITIES, stats(runs, Headlines::fatalities));
        row(width, CIVILIANS, stats(runs, Headlines::civilianDeaths));
        row(width, DISPLACED, stats(runs, Headlines::peakDisplaced));
        row(width, BLOCKADE, stats(runs, Headlines::timbuktuBlockadeDays));
        row(width, UNREST, stats(runs, Headlines::protestsAndRiots));
        out.println();
        out.println(files);
        out.flush();
    }

    private void row(int width, String name, ReplicateStats s) {
        out.println(pad(name, width) + count(s.mean()) + "  (" + count(s.ci95Low()).strip() + " to "
                + count(s.ci95High()).strip() + ")");
    }

    private static ReplicateStats stats(List<Headlines> runs, ToDoubleFunction<Headlines> value) {
        return ReplicateStats.of(runs.stream().mapToDouble(value).toArray());
    }

    private static int nameWidth(List<Headlines.Share> control) {
        List<String> names = new ArrayList<>(List.of(FATALITIES, CIVILIANS, DISPLACED, BLOCKADE, UNREST));
        control.forEach(s -> names.add("  " + s.name()));
        return names.stream().mapToInt(String::length).max().orElse(0) + 2;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "     -" : String.format(Locale.ROOT, "%5.1f%%", 100 * share);
    }

    private static String count(double value) {
        return Double.isNaN(value) ? "      -" : String.format(Locale.ROOT, "%,7d", Math.round(value));
    }
}
