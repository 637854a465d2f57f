package sahelsim.runfolder;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import sahelsim.map.Region;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.observe.RegionYears;
import sahelsim.scenario.Scenario;

/**
 * regions.csv: the run by administrative region and calendar year (docs/outputs.md), in the tidy long form of
 * daily.csv. Levels are those of the year's last simulated day (`date`), flows the year's totals up to it.
 */
public final class RegionsCsv {

    public static final List<String> COLUMNS = List.of("year", "date", "region", "measure", "faction", "value");

    /** Residents of the region's cells dominated by the faction (`none`: by nobody), as a share of its residents. */
    public static final String CONTROL_SHARE = "control_share_population";
    public static final String RESIDENTS = "residents";
    public static final String DISPLACED = "displaced";
    public static final String FATALITIES = "fatalities";
    public static final String CIVILIAN_DEATHS = "civilian_deaths";
    public static final String NONE = "none";

    private final Scenario scenario;
    private final List<Region> regions;

    public RegionsCsv(Scenario scenario, List<Region> regions) {
        this.scenario = scenario;
        this.regions = regions;
    }

    public void write(RegionYears years, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        int factions = scenario.factions().size();
        for (RegionYears.Tally t : years.tallies()) {
            String year = Integer.toString(t.year());
            String date = t.observed().toString();
            String region = regions.get(t.region()).name();
            long people = t.residentsTotal();
            for (int f = 0; f <= factions; f++) {
                String id = f < factions ? scenario.factions().get(f).id() : NONE;
                table.row(year, date, region, CONTROL_SHARE, id,
                        NumberText.format(people == 0 ? 0 : t.residents()[f] / (double) people));
            }
            table.row(year, date, region, RESIDENTS, "", NumberText.format(people));
            table.row(year, date, region, DISPLACED, "", NumberText.format(t.displaced()));
            table.row(year, date, region, FATALITIES, "", NumberText.format(t.fatalities()));
            table.row(year, date, region, CIVILIAN_DEATHS, "", NumberText.format(t.civilianDeaths()));
        }
        table.finish();
    }
}
