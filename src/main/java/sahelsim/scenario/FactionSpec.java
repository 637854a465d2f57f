package sahelsim.scenario;

import java.util.List;

/** A faction as the scenario declares it. */
public record FactionSpec(String id, String name, FactionKind kind, Side side, String colour, int strength,
                          List<Place> homeAreas, Behaviour behaviour) {

    public FactionSpec {
        homeAreas = List.copyOf(homeAreas);
    }
}
