package sahelsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.flight.Flight;
import sahelsim.model.mechanics.ControlMap;

/**
 * What the map shows of a run on one day, copied out of the model: who controls each land cell and how firmly,
 * who holds each town, the blockades, the garrisons and armed units, and where the people who fled are. The
 * live map paints the day just simulated; a run's {@link RunHistory} keeps such days so that the map can show
 * the run before a Restart on the date the new run has reached.
 *
 * @param daysDone  days simulated when the copy was taken
 * @param dominant  per land cell, the dominant faction's index, or -1 (a byte: a scenario has a handful of factions)
 * @param zone      per land cell, the Kalyvas zone 1-5, or 0 when no one controls it
 * @param holders   per town, the holder's index, or -1
 * @param blockaded per town, whether it is under blockade
 * @param staying   per place of the flight (towns, then Bamako and the camps), the people who fled staying there
 * @param onTheRoad per link of the flight's places, the people travelling on it
 */
record MapDay(LocalDate date, int daysDone, byte[] dominant, byte[] zone, byte[] holders, boolean[] blockaded,
              List<Force> garrisons, List<Force> units, long[] staying, long[] onTheRoad) {

    /**
     * A garrison (at a town's place) or an armed unit (at a cell), in drawing order.
     *
     * @param id       the garrison's or unit's id, to find it again for the inspector
     * @param place    the town index of a garrison, the cell of a unit
     */
    record Force(int id, int faction, int place, int size, boolean fighting) {
    }

    /** The map of a run as it stands; call it with the model's schedule locked or from the model's thread. */
    static MapDay of(ClassroomRun run) {
        SahelModel model = run.model();
        Grid grid = model.grid();
        ControlMap control = model.control();
        int land = grid.landCellCount();
        byte[] dominant = new byte[land];
        byte[] zone = new byte[land];
        for (int i = 0; i < land; i++) {
            dominant[i] = (byte) control.dominant(i);
            zone[i] = (byte) control.zone(i);
        }
        List<TownState> towns = model.towns();
        byte[] holders = new byte[towns.size()];
        boolean[] blockaded = new boolean[towns.size()];
        for (TownState t : towns) {
            holders[t.index()] = (byte) t.holder();
            blockaded[t.index()] = t.blockaded();
        }
        // Larger symbols first, so that smaller ones stay visible on top; ties by id for a stable picture.
        List<Garrison> gs = new ArrayList<>(model.garrisons());
        gs.sort(Comparator.comparingInt(Garrison::troops).reversed().thenComparingInt(Garrison::id));
        List<Force> garrisons = new ArrayList<>();
        for (Garrison g : gs) {
            garrisons.add(new Force(g.id(), g.faction(), g.town(), g.troops(), g.inBattle()));
        }
        List<ArmedUnit> us = new ArrayList<>(model.units());
        us.sort(Comparator.comparingInt(ArmedUnit::strength).reversed().thenComparingInt(ArmedUnit::id));
        List<Force> units = new ArrayList<>();
        for (ArmedUnit u : us) {
            if (u.alive()) {
                units.add(new Force(u.id(), u.faction(), u.cell(), u.strength(), u.inBattle()));
            }
        }
        Flight flight = model.flight();
        long[] staying = new long[flight.places().size()];
        for (int p = 0; p < staying.length; p++) {
            staying[p] = flight.at(p);
        }
        return new MapDay(run.shownDate(), run.daysDone(), dominant, zone, holders, blockaded, List.copyOf(garrisons),
                List.copyOf(units), staying, flight.onLinks());
    }

    /** The faction holding a town, or -1. */
    int holder(int town) {
        return holders[town];
    }

    /** Memory a day takes, roughly, to size a run's history. */
    static long bytesPerDay(Grid grid) {
        return 2L * grid.landCellCount() + 6_000;
    }
}
