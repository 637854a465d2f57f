package sahelsim.calibrate.target;

import static sahelsim.scenario.Key.REQUIRED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import sahelsim.observe.Measure;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Key;
import sahelsim.scenario.ValueType;

/**
 * Every key of a targets file, checked by the same {@link sahelsim.scenario.SchemaCheck} as scenario and sweep
 * files; which keys a target needs depends on how it is measured ({@code how}), which {@link TargetsLoader} checks
 * target by target, each at its own line.
 */
public final class TargetsSchema {

    /** How a target is measured. */
    public enum How {
        SUM("sum", "a daily measure summed from `from` to `to`, both included"),
        VALUE("value", "a daily measure's value on the date `on`"),
        RATIO("ratio", "a measure's sum from `from` to `to` divided by its sum over `over` (from, to)"),
        SHARE("share", "the part of a measure's total the factions `by` make, from `from` to `to`"),
        HOLDER("holder", "whether the town was held by one of `holder` on the date `on` (1 yes, 0 no)"),
        BLOCKADED_DAYS("blockaded-days", "days from `from` to `to` on which the town was blockaded");

        private final String id;
        private final String doc;

        How(String id, String doc) {
            this.id = id;
            this.doc = doc;
        }

        public String id() {
            return id;
        }

        public String doc() {
            return doc;
        }

        static How of(String id) {
            return Arrays.stream(values()).filter(h -> h.id.equals(id)).findFirst().orElseThrow();
        }

        static String[] ids() {
            return Arrays.stream(values()).map(How::id).toArray(String[]::new);
        }
    }

    private static final Pattern PERIOD = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private TargetsSchema() {
    }

    private static Key.Value v(String name, ValueType<?> type, Object def, String unit, String doc) {
        return new Key.Value(name, type, def, unit, doc, "");
    }

    /** A period's name: lower-case letters, digits and dashes, such as 2022-2023. */
    static final ValueType<String> PERIOD_NAME = new ValueType<>() {
        @Override
        public String expected() {
            return "a period name (lower-case letters, digits and dashes, such as 2022-2023)";
        }

        @Override
        public String parse(ConfigNode node) throws Mismatch {
            if (!(node instanceof ConfigNode.Scalar s) || !(s.value() instanceof String text)
                    || !PERIOD.matcher(text).matches()) {
                throw new Mismatch("expected " + expected() + ", got " + node.describe());
            }
            return text;
        }
    };

    /** A faction id, a list of them, or a side (government, insurgent); which ones exist is checked later. */
    static final ValueType<List<String>> FACTIONS = new ValueType<>() {
        @Override
        public String expected() {
            return "a faction id, a list of faction ids such as [fama, wagner], or a side (government or insurgent)";
        }

        @Override
        public List<String> parse(ConfigNode node) throws Mismatch {
            List<ConfigNode> items = node instanceof ConfigNode.ListNode list ? list.items() : List.of(node);
            List<String> ids = new ArrayList<>();
            for (ConfigNode item : items) {
                if (!(item instanceof ConfigNode.Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
                    throw new Mismatch("expected " + expected() + ", got " + item.describe());
                }
                ids.add(text.strip());
            }
            if (ids.isEmpty()) {
                throw new Mismatch("expected " + expected() + ", got an empty list");
            }
            return List.copyOf(ids);
        }
    };

    static final String[] MEASURES = Arrays.stream(Measure.values()).map(Measure::id).toArray(String[]::new);

    /** One target. */
    static final Key.Section TARGET = new Key.Section("target", "One dated observation.", List.of(
            v("id", ValueType.id(), REQUIRED, "", "The target's name, unique in the file."),
            v("period", PERIOD_NAME, REQUIRED, "", "The period it belongs to: a calibration fits one period's "
                    + "targets and is scored on another's."),
            v("description", ValueType.text(), null, "", "What is observed, in words."),
            v("how", ValueType.oneOf(How.ids()), REQUIRED, "", "How a run is measured against it."),
            v("measure", ValueType.oneOf(MEASURES), null, "", "The daily measure (daily.csv) read, for sum, value, "
                    + "ratio and share."),
            v("by", FACTIONS, null, "", "Whose part of the measure (factions or a side); the total when left out. "
                    + "For blockaded-days, the blockading factions."),
            v("from", ValueType.date(), null, "", "First day of the span, included."),
            v("to", ValueType.date(), null, "", "Last day of the span, included."),
            v("on", ValueType.date(), null, "", "The date of a value or a holder."),
            new Key.Section("over", "ratio: the span the measure is divided by.", List.of(
                    v("from", ValueType.date(), null, "", "First day, included."),
                    v("to", ValueType.date(), null, "", "Last day, included."))),
            v("town", ValueType.id(), null, "", "The town, for holder and blockaded-days."),
            v("holder", FACTIONS, null, "", "holder: the factions (or side) that held the town."),
            v("observed", ValueType.number(-1e15, 1e15), null, "", "The observed value."),
            v("figure", ValueType.oneOf(HistoricalFigure.ids().toArray(String[]::new)), null, "",
                    "A figure of the hindcast's, instead of observed."),
            v("factor", ValueType.number(1.001, 1e6), null, "", "Tolerance on a log scale: a run off by this factor "
                    + "is one tolerance off."),
            v("within", ValueType.number(1e-12, 1e15), null, "", "Tolerance on the value's scale: a run off by this "
                    + "much is one tolerance off."),
            v("bound", ValueType.oneOf("lower", "upper"), null, "", "lower: the observation is a least value (\"more "
                    + "than\"); upper: a most value."),
            v("source", ValueType.text(), null, "", "Where the observation comes from, citing mali-facts.")));

    /** The whole targets file. */
    public static final Key.Section ROOT = new Key.Section("", "", List.of(
            v("name", ValueType.id(), REQUIRED, "", "Short name."),
            v("description", ValueType.text(), null, "", "What the targets are."),
            new Key.Items("targets", "The observations.", TARGET)));
}
