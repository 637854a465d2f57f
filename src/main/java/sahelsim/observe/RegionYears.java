package sahelsim.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.ControlMap;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The run by administrative region and calendar year, for the table by region: per region, the year's people
 * and civilians killed (events placed in the region's cells), and on the year's last simulated day the
 * residents by the faction that dominates their cell and the people from the region's cells displaced
 * inside the country (wherever they stay, or on the road; a district's people count in its town's region).
 * Steps after the {@link Observer} each day; a cell's region is the grid's (the region of its nearest town,
 * see {@link Grid}), the same as events.csv's admin1.
 */
public final class RegionYears implements Steppable {

    private static final long serialVersionUID = 1L;

    /**
     * One region in one year.
     *
     * @param residents residents on the year's last simulated day by the faction dominating their cell, in scenario
     *                  order, the last entry those in cells nobody controls
     */
    public record Tally(int year, LocalDate observed, int region, long[] residents, long displaced, long fatalities,
                        long civilianDeaths) {

        public long residentsTotal() {
            long total = 0;
            for (long r : residents) {
                total += r;
            }
            return total;
        }
    }

    private final SahelModel model;
    private final EventLog log;
    private final int[] regionOfLand;
    private final int regions;
    private final List<Tally> tallies = new ArrayList<>();
    private long[] fatalities;
    private long[] civilians;
    private int eventsSeen;

    private RegionYears(SahelModel model, EventLog log) {
        this.model = model;
        this.log = log;
        Grid grid = model.grid();
        this.regions = grid.geography().regions().size();
        this.regionOfLand = new int[grid.landCellCount()];
        for (int i = 0; i < regionOfLand.length; i++) {
            regionOfLand[i] = grid.region(grid.landCell(i));
        }
        this.fatalities = new long[regions];
        this.civilians = new long[regions];
    }

    /** Attaches a tally to a model after its observer, reading the events from the observer's log. */
    public static RegionYears attach(SahelModel model, EventLog log) {
        RegionYears tally = new RegionYears(model, log);
        model.addObserver(tally);
        return tally;
    }

    @Override
    public void step(SimState state) {
        Grid grid = model.grid();
        for (; eventsSeen < log.size(); eventsSeen++) {
            ModelEvent e = log.get(eventsSeen);
            int region = e.cell() < 0 ? -1 : grid.region(e.cell());
            if (region >= 0) {
                fatalities[region] += e.fatalities();
                civilians[region] += e.civilianDeaths();
            }
        }
        LocalDate today = model.date();
        boolean yearEnd = today.getMonthValue() == 12 && today.getDayOfMonth() == 31;
        if (yearEnd || model.day() == model.calendar().days() - 1) {
            closeYear(today);
        }
    }

    private void closeYear(LocalDate today) {
        if (!tallies.isEmpty() && tallies.get(tallies.size() - 1).observed().equals(today)) {
            return;
        }
        Population pop = model.population();
        ControlMap control = model.control();
        int factions = model.factions().size();
        long[][] residents = new long[regions][factions + 1];
        long[] displaced = new long[regions];
        for (int i = 0; i < regionOfLand.length; i++) {
            int region = regionOfLand[i];
            if (region < 0) {
                continue;
            }
            int d = control.dominant(i);
            residents[region][d < 0 ? factions : d] += pop.residents(i);
        }
        Grid grid = model.grid();
        for (int town = 0; town < grid.geography().towns().size(); town++) {
            displaced[grid.region(grid.townCell(town))] += model.flight().displacedFrom(town);
        }
        for (int r = 0; r < regions; r++) {
            tallies.add(new Tally(today.getYear(), today, r, residents[r], displaced[r], fatalities[r], civilians[r]));
        }
        fatalities = new long[regions];
        civilians = new long[regions];
    }

    /** Every region's tally for every year of the run so far, by year, then region in the geography's order. */
    public List<Tally> tallies() {
        return Collections.unmodifiableList(tallies);
    }
}
