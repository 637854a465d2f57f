package sahelsim.runfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.ModelEvent;
import sahelsim.observe.Measure;
import sahelsim.observe.RegionYears;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/** regions.csv adds up to the run's own totals: deaths to the event log's, displaced and residents to the day's. */
class RegionsCsvTest {

    @Test
    void regionsAddUpToTheRun() throws IOException {
        Scenario scenario = ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/january-2022.yaml"));
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Simulation.Result run = Simulation.run(scenario, grid, 5);
        StringWriter text = new StringWriter();
        new RegionsCsv(scenario, grid.geography().regions()).write(run.regions(), text);
        List<String> lines = text.toString().lines().toList();
        assertEquals(String.join(",", RegionsCsv.COLUMNS), lines.get(0));
        Map<String, Double> sums = new HashMap<>();
        Map<String, Double> shares = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            assertEquals("2022", c[0]);
            assertEquals("2022-01-31", c[1], "one year, observed on the run's last day");
            sums.merge(c[3], Double.parseDouble(c[5]), Double::sum);
            if (c[3].equals(RegionsCsv.CONTROL_SHARE)) {
                shares.merge(c[2], Double.parseDouble(c[5]), Double::sum);
            }
        }
        assertEquals(grid.geography().regions().size(), shares.size(), "every region");
        shares.forEach((region, total) -> assertEquals(1.0, total, 1e-5, region + "'s shares add up to 1"));
        long placed = 0;
        long civilians = 0;
        for (ModelEvent e : run.events().events()) {
            if (e.cell() >= 0 && grid.region(e.cell()) >= 0) {
                placed += e.fatalities();
                civilians += e.civilianDeaths();
            }
        }
        RunRecord r = run.record();
        int last = r.days() - 1;
        assertTrue(placed > 0, "a month of war has its dead");
        assertEquals(placed, sums.get(RegionsCsv.FATALITIES), 1e-9);
        assertEquals(civilians, sums.get(RegionsCsv.CIVILIAN_DEATHS), 1e-9);
        assertTrue(placed <= r.sum(Measure.FATALITIES, "", 0, r.days()), "events off Mali's land are in no region");
        assertEquals(r.value(Measure.DISPLACED, "", last), sums.get(RegionsCsv.DISPLACED), 1.0);
        long residents = 0;
        for (RegionYears.Tally t : run.regions().tallies()) {
            residents += t.residentsTotal();
        }
        assertEquals(residents, sums.get(RegionsCsv.RESIDENTS), 1e-9);
    }
}
