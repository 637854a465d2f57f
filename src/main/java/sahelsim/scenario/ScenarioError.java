package sahelsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Bad scenario or sweep input: every problem found, each naming file, line, column, key and what was expected. */
public class ScenarioError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioError(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioError(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
