package sahelsim.map;

import java.util.List;

/** A route drawn as a sequence of town ids; consecutive towns are joined by links of the road graph. */
public record Road(String id, RoadKind kind, List<String> towns) {

    public Road {
        towns = List.copyOf(towns);
        if (towns.size() < 2) {
            throw new IllegalArgumentException("road " + id + " needs at least two towns");
        }
    }
}
