package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.TravelField;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;

/**
 * Moves armed units towards their targets and has them act on arrival. A unit walks down the travel-cost
 * field of the town nearest its target, at its faction's speed (carried over between days), then steps
 * cell by cell to the target itself.
 */
public final class UnitMovement {

    private final World world;
    private final Grid grid;
    private final List<? extends UnitOrders> orders;

    /** {@code orders} holds each faction's orders, by faction index. */
    public UnitMovement(World world, List<? extends UnitOrders> orders) {
        this.world = world;
        this.grid = world.grid();
        this.orders = orders;
    }

    public void step() {
        List<ArmedUnit> order = new ArrayList<>(world.units());
        world.draws().shuffle(order);
        for (ArmedUnit u : order) {
            if (!u.alive() || u.inBattle()) {
                continue;
            }
            u.setMorale(u.morale() + 0.005);
            if (u.mission() == Mission.IDLE) {
                continue;
            }
            u.countMissionDay();
            if (!u.arrived() && !orders.get(u.faction()).stillValid(u)) {
                u.idle();
                continue;
            }
            if (!u.arrived()) {
                walk(u);
                if (u.cell() == u.targetCell()) {
                    u.setArrived(true);
                    orders.get(u.faction()).arrive(u);
                }
            } else {
                orders.get(u.faction()).stay(u);
            }
        }
    }

    private void walk(ArmedUnit u) {
        double speed = world.faction(u.faction()).behaviour().speedKmPerDay();
        double budget = u.moveCredit() + speed;
        int target = u.targetCell();
        TravelField field = grid.travelTo(u.targetTown() >= 0 ? u.targetTown() : grid.nearestTown(target));
        int guard = 0;
        while (u.cell() != target && guard++ < 1000) {
            int next = nextCell(u.cell(), target, field);
            if (next == u.cell()) {
                break;
            }
            double cost = TravelField.stepCost(grid, u.cell(), next);
            if (cost > budget) {
                break;
            }
            budget -= cost;
            u.moveTo(next);
        }
        u.setMoveCredit(u.cell() == target ? 0 : Math.min(budget, speed));
    }

    /** Down the field while that brings the unit closer to the target, then the neighbour nearest to it. */
    private int nextCell(int cell, int target, TravelField field) {
        if (field.cost(cell) > field.cost(target) + grid.cellKm() * 1.5) {
            int next = field.stepToward(cell);
            if (next != cell) {
                return next;
            }
        }
        int best = cell;
        double bestKm = grid.kmApprox(cell, target);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int x = grid.x(cell) + dx;
                int y = grid.y(cell) + dy;
                if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) {
                    continue;
                }
                int n = grid.index(x, y);
                double km = grid.kmApprox(n, target);
                if (km < bestKm - 1e-9) {
                    bestKm = km;
                    best = n;
                }
            }
        }
        return best;
    }
}
