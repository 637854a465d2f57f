package sahelsim.model;

/** Runs a phase's work; the bench command times each phase through it. */
@FunctionalInterface
public interface PhaseTimer {

    PhaseTimer DIRECT = (phase, work) -> work.run();

    void time(Phase phase, Runnable work);
}
