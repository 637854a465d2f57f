package sahelsim.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Bad scenario or sweep input: every problem found, each naming file, line, column, key and what was expected. */
public class ScenarioError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioError(List<Problem> problems) {
        super(message(problems));
        this.problems = inReadingOrder(problems);
    }

    public ScenarioError(Problem problem) {
        this(List.of(problem));
    }

    /** The problems in the order a reader meets them: file by file (as first named), then by line and column. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario error needs at least one problem");
        }
        return inReadingOrder(problems).stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    // The checks find problems key by key in schema order, which jumps around the file.
    private static List<Problem> inReadingOrder(List<Problem> problems) {
        List<String> sources = problems.stream().map(p -> p.origin().source()).distinct().toList();
        return problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> sources.indexOf(p.origin().source()))
                        .thenComparingInt(p -> p.origin().line())
                        .thenComparingInt(p -> p.origin().column()))
                .toList();
    }
}
