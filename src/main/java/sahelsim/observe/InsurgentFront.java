package sahelsim.observe;

import java.util.Comparator;
import java.util.stream.IntStream;
import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.ControlMap;

/**
 * Where the insurgents' territory begins, seen from Bamako: the one definition behind the insurgent_front
 * measures. A land cell is insurgent-held when people live there (residents > 0), it lies in Kalyvas zone 4
 * or 5 (the insurgent side holds more than 60% of the armed influence) and its dominant faction is an armed
 * group of the insurgent side (kind rebel, jihadist or militia, side insurgent: in historical-2022 the CSP,
 * JNIM and ISSP). A cell nobody lives in is left out: ruling an emptied district or open desert brings no
 * one under the armed groups.
 *
 * <p>Distances are great-circle km from Bamako (12.65 N, 8.00 W, mali-facts 1.1) to the cell's centre.
 * Bamako lies south of the map, so no distance falls below that of the map's nearest populated cell (at
 * 0.1 degree, 163.4 km, at the south-western corner): a value there means the armed groups hold the edge of
 * the map, and may stand nearer beyond it.
 */
final class InsurgentFront {

    /** The nearest insurgent-held cell, and the distance within which live a tenth of their residents. */
    record Distances(double nearestKm, double tenthKm) {
    }

    private static final double TENTH = 0.1;

    private final Grid grid;
    private final boolean[] insurgentGroup;
    private final int[] byDistance;

    InsurgentFront(SahelModel model) {
        this.grid = model.grid();
        insurgentGroup = new boolean[model.factions().size()];
        for (Faction f : model.factions()) {
            insurgentGroup[f.index()] = f.armedGroup() && f.insurgent();
        }
        byDistance = IntStream.range(0, grid.landCellCount()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> grid.kmToBamako(grid.landCell(i)))
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Whether a land cell is insurgent-held. */
    boolean held(Population population, ControlMap control, int i) {
        int dominant = control.dominant(i);
        return population.residents(i) > 0 && control.zone(i) >= 4 && dominant >= 0 && insurgentGroup[dominant];
    }

    /** Today's distances; NaN when no populated cell is insurgent-held. */
    Distances measure(Population population, ControlMap control) {
        double people = 0;
        for (int i = 0; i < population.size(); i++) {
            if (held(population, control, i)) {
                people += population.residents(i);
            }
        }
        double nearest = Double.NaN;
        double passed = 0;
        for (int i : byDistance) {
            if (held(population, control, i)) {
                double km = grid.kmToBamako(grid.landCell(i));
                if (Double.isNaN(nearest)) {
                    nearest = km;
                }
                passed += population.residents(i);
                if (passed >= TENTH * people) {
                    return new Distances(nearest, km);
                }
            }
        }
        return new Distances(Double.NaN, Double.NaN);
    }
}
