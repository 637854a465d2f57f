package sahelsim.sweep;

import static sahelsim.scenario.Key.REQUIRED;

import java.util.List;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Key;
import sahelsim.scenario.ValueType;

/**
 * Every key of a sweep file, checked by the same {@link sahelsim.scenario.SchemaCheck} as scenario files. The
 * {@code parameters} and {@code outcomes} sections are only checked for shape here; {@link ParameterReader} and
 * {@link SweepLoader} check them entry by entry, each at its own line.
 */
public final class SweepSchema {

    private SweepSchema() {
    }

    private static Key.Value v(String name, ValueType<?> type, Object def, String unit, String doc) {
        return new Key.Value(name, type, def, unit, doc, "");
    }

    /** A non-empty section; its entries are read from the file's own nodes, so nothing is kept here. */
    private static final ValueType<Void> PARAMETERS = new ValueType<>() {
        @Override
        public String expected() {
            return "a section of parameters, each a key path with a list of values, a range {min, max} or variants";
        }

        @Override
        public Void parse(ConfigNode node) throws Mismatch {
            if (!(node instanceof ConfigNode.MapNode map) || map.entries().isEmpty()) {
                throw new Mismatch("expected " + expected() + ", got " + node.describe());
            }
            return null;
        }
    };

    /** A non-empty list of outcome names; each is checked against the base scenario later. */
    private static final ValueType<Void> OUTCOMES = new ValueType<>() {
        @Override
        public String expected() {
            return "a list of outcome names such as [fatalities_total, blockade_days:timbuktu]";
        }

        @Override
        public Void parse(ConfigNode node) throws Mismatch {
            if (!(node instanceof ConfigNode.ListNode list) || list.items().isEmpty()) {
                throw new Mismatch("expected " + expected() + ", got " + node.describe());
            }
            for (ConfigNode item : list.items()) {
                if (!(item instanceof ConfigNode.Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
                    throw new Mismatch("expected " + expected() + ", got the item " + item.describe());
                }
            }
            return null;
        }
    };

    /** The whole sweep file. */
    public static final Key.Section ROOT = new Key.Section("", "", List.of(
            v("name", ValueType.id(), REQUIRED, "", "Short name; the sweep's output folder is named after it."),
            v("description", ValueType.text(), null, "", "What the sweep asks, for whoever reads its results."),
            v("base", ValueType.text(), REQUIRED, "file", "The base scenario every run derives from, relative to "
                    + "the sweep file."),
            v("design", ValueType.oneOf(DesignKind.ids().toArray(String[]::new)), DesignKind.GRID.id(), "",
                    "grid: every combination of the values; lhs: a Latin hypercube; sobol: Saltelli's design for "
                            + "Sobol indices; morris: Morris trajectories for screening."),
            v("samples", ValueType.whole(1, SweepLoader.MAX_POINTS), null, "", "lhs: design points; sobol: base "
                    + "samples N (N(k+2) points); morris: trajectories r (r(k+1) points). Not used by grid."),
            v("replications", ValueType.whole(1, 100_000), 1L, "runs", "Runs of each design point, each with its "
                    + "own seed."),
            v("seed", ValueType.whole(0, Long.MAX_VALUE), REQUIRED, "", "The sweep seed: run seeds and the "
                    + "random parts of the lhs and morris designs derive from it."),
            v("commonRandomNumbers", ValueType.bool(), null, "", "sobol and morris: the runs of one Saltelli "
                    + "block or Morris trajectory share their replicates' seeds (true unless set to false)."),
            v("parameters", PARAMETERS, REQUIRED, "", "What to vary, by key path."),
            v("outcomes", OUTCOMES, REQUIRED, "", "The named outcomes recorded for every run."),
            new Key.Section("morris", "Settings of the Morris design.", List.of(
                    v("levels", ValueType.whole(2, 100), 4L, "p", "Levels of the grid each parameter moves on; "
                            + "even. The step is p / (2(p - 1)) of the range.")))));
}
