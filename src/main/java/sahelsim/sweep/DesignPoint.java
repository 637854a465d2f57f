package sahelsim.sweep;

import java.util.List;

/**
 * One point of a sweep's design.
 *
 * @param index   its place in the design, from 0
 * @param choices the value of every parameter, in file order (constants included)
 */
public record DesignPoint(int index, List<Choice> choices) {

    public DesignPoint {
        choices = List.copyOf(choices);
    }
}
