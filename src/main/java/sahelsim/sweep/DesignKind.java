package sahelsim.sweep;

import java.util.Arrays;
import java.util.List;

/** The designs a sweep file can ask for, by the name written in the file. */
public enum DesignKind {
    /** Every combination of the listed values. */
    GRID("grid"),
    /** Latin hypercube: {@code samples} points spread over the ranges. */
    LHS("lhs"),
    /** Saltelli's design for Sobol indices: {@code samples} base samples, samples x (k + 2) points. */
    SOBOL("sobol"),
    /** Morris trajectories for screening: {@code samples} trajectories, samples x (k + 1) points. */
    MORRIS("morris");

    private final String id;

    DesignKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(DesignKind::id).toList();
    }

    public static DesignKind of(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown design " + id));
    }
}
