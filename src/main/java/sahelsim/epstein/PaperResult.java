package sahelsim.epstein;

import java.util.List;

/**
 * The qualitative results of Model I that the reference mode reproduces, one per kind of legitimacy path, each a
 * test of one run (Epstein 2002, Figs. 3-4, 9 and 10).
 */
public enum PaperResult {

    /** Constant legitimacy (Fig. 3, L = 0.82): at least three separate outbursts, with quiet spells between. */
    PUNCTUATED_EQUILIBRIUM("punctuated equilibrium: 3 or more separate outbursts") {
        @Override
        public boolean holds(RunSeries series, LegitimacyPath path) {
            return Outburst.find(series).size() >= MIN_OUTBURSTS;
        }
    },
    /** A large legitimacy decline in small increments (Fig. 9): no large outburst in the whole run. */
    NO_LARGE_OUTBURST_IN_GRADUAL_DECLINE("gradual decline: no large outburst") {
        @Override
        public boolean holds(RunSeries series, LegitimacyPath path) {
            return Outburst.find(series).stream().noneMatch(o -> o.isLarge(series.citizens()));
        }
    },
    /** A smaller legitimacy drop in one jump (Fig. 10): a large outburst once it has come. */
    LARGE_OUTBURST_AFTER_SUDDEN_DROP("sudden drop: a large outburst after it") {
        @Override
        public boolean holds(RunSeries series, LegitimacyPath path) {
            return Outburst.find(series).stream()
                    .anyMatch(o -> o.isLarge(series.citizens()) && o.peakStep() >= path.start());
        }
    };

    /** "Several" separate outbursts, for punctuated equilibrium. */
    public static final int MIN_OUTBURSTS = 3;

    private final String description;

    PaperResult(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public abstract boolean holds(RunSeries series, LegitimacyPath path);

    /** The result a run on this legitimacy path should reproduce. */
    public static PaperResult expectedFor(LegitimacyPath path) {
        return switch (path.shape()) {
            case CONSTANT -> PUNCTUATED_EQUILIBRIUM;
            case GRADUAL -> NO_LARGE_OUTBURST_IN_GRADUAL_DECLINE;
            case SUDDEN -> LARGE_OUTBURST_AFTER_SUDDEN_DROP;
        };
    }

    /** The large outbursts of a run. */
    public static List<Outburst> large(RunSeries series) {
        return Outburst.find(series).stream().filter(o -> o.isLarge(series.citizens())).toList();
    }
}
