package sahelsim.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many runs go at once; parallelism is across runs, so results never depend on it. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs at once (default: the number of processors). The results do not depend on it.")
    private Integer threads;

    boolean given() {
        return threads != null;
    }

    /** The pool's size: --threads, or as many as there are processors. */
    int poolSize() {
        return poolSize(Integer.MAX_VALUE);
    }

    /** The pool's size for {@code runs} runs: --threads, or as many as there are processors but no more than runs. */
    int poolSize(int runs) {
        if (threads == null) {
            return Math.min(runs, Runtime.getRuntime().availableProcessors());
        }
        if (threads < 1) {
            throw new UserError("--threads: expected 1 or more threads, got " + threads);
        }
        return threads;
    }
}
