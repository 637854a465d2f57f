package sahelsim.hindcast;

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

    Verdict judge(RunView run);
}
