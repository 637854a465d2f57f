package sahelsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import sahelsim.io.CsvTable;
import sahelsim.runfolder.RunManifest;
import sahelsim.io.NumberText;
import sahelsim.runfolder.RegionTable;
import sahelsim.runfolder.RegionsCsv;
import sahelsim.stats.ReplicateStats;
import sahelsim.runfolder.RunFolder;

/**
 * The table by region of one folder: for each region and year, the mean over its replicates of the share of
 * residents under each side and each faction, the people and civilians killed and the displaced, from each
 * replicate's regions.csv.
 */
final class RegionSummary {

    /** The report's regions.csv columns. */
    static final List<String> COLUMNS = List.of("scenario", "year", "date", "region", "measure", "faction",
            "replicates", "mean", "ci95_low", "ci95_high");

    /** One region in one year: the measures' statistics over replicates, and the largest holder. */
    record Line(int year, String region, ReplicateStats government, ReplicateStats insurgent, String largest,
                ReplicateStats largestShare, ReplicateStats fatalities, ReplicateStats civilians,
                ReplicateStats displaced) {
    }

    private final Subject subject;
    private final List<RegionTable> tables = new ArrayList<>();
    private final List<RunManifest.FactionInfo> factions;

    RegionSummary(Subject subject) {
        this.subject = subject;
        for (RunFolder run : subject.folder().replicates()) {
            tables.add(run.regions());
        }
        this.factions = subject.folder().manifest().factions();
    }

    private ReplicateStats stats(int year, String region, String measure, String faction) {
        double[] v = new double[tables.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = tables.get(i).value(year, region, measure, faction).orElse(Double.NaN);
        }
        return ReplicateStats.of(v);
    }

    private ReplicateStats side(int year, String region, String side) {
        double[] v = new double[tables.size()];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (RunManifest.FactionInfo f : factions) {
                if (f.side().equals(side)) {
                    sum += tables.get(i).value(year, region, RegionsCsv.CONTROL_SHARE, f.id()).orElse(0);
                }
            }
            v[i] = sum;
        }
        return ReplicateStats.of(v);
    }

    List<Line> lines() {
        RegionTable first = tables.get(0);
        List<Line> out = new ArrayList<>();
        for (String region : first.regions()) {
            for (int year : first.years()) {
                String largest = "";
                ReplicateStats best = null;
                for (RunManifest.FactionInfo f : factions) {
                    ReplicateStats s = stats(year, region, RegionsCsv.CONTROL_SHARE, f.id());
                    if (best == null || s.mean() > best.mean()) {
                        best = s;
                        largest = f.name();
                    }
                }
                out.add(new Line(year, region, side(year, region, "government"), side(year, region, "insurgent"),
                        largest, best, stats(year, region, RegionsCsv.FATALITIES, ""),
                        stats(year, region, RegionsCsv.CIVILIAN_DEATHS, ""),
                        stats(year, region, RegionsCsv.DISPLACED, "")));
            }
        }
        return out;
    }

    /** Writes every measure of regions.csv (and the sides' shares) with its statistics over the replicates. */
    void csv(CsvTable table) throws IOException {
        RegionTable first = tables.get(0);
        for (RegionTable.Row r : first.rows()) {
            ReplicateStats s = stats(r.year(), r.region(), r.measure(), r.faction());
            row(table, r, r.measure(), r.faction(), s);
            if (r.measure().equals(RegionsCsv.CONTROL_SHARE) && r.faction().equals(RegionsCsv.NONE)) {
                row(table, r, "control_share_population_side", "government", side(r.year(), r.region(), "government"));
                row(table, r, "control_share_population_side", "insurgent", side(r.year(), r.region(), "insurgent"));
            }
        }
    }

    private void row(CsvTable table, RegionTable.Row r, String measure, String faction, ReplicateStats s)
            throws IOException {
        table.row(subject.label(), Integer.toString(r.year()), r.date().toString(), r.region(), measure, faction,
                Integer.toString(s.n()), NumberText.format(s.mean()), NumberText.format(s.ci95Low()),
                NumberText.format(s.ci95High()));
    }

    static void writeAll(List<RegionSummary> summaries, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        for (RegionSummary s : summaries) {
            s.csv(table);
        }
        table.finish();
    }
}
