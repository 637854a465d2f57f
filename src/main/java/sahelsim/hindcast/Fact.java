package sahelsim.hindcast;

import java.util.Optional;
import sahelsim.scenario.Scenario;

/**
 * A stylised fact or dated figure of the conflict that a run of historical-2022 can reproduce or not, judged
 * on the run's outputs with a stated threshold. Facts come from the shared research notes (mali-facts.md,
 * section 5 for the stylised facts).
 */
public interface Fact {

    /** Short stable identifier, the row name in hindcast.csv. */
    String id();

    /** One line a reader understands. */
    String title();

    /** What happened, with its source. */
    String historical();

    /** The test applied to a run, in words. */
    String test();

    /** What the number a run gives for the fact measures, with its unit. */
    String observed();

    /** What history gives for the same measure, in a few words, to read beside the runs' values. */
    String historicalFigure();

    Verdict judge(RunView run);

    /**
     * The days of a run of {@code scenario} the test reads, when they are dates of history; empty for a fact read over
     * the whole run or over a window the run itself places (after its first fight, say).
     */
    default Optional<DateSpan> dates(Scenario scenario) {
        return Optional.empty();
    }
}
