package sahelsim.epstein.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import sahelsim.epstein.Outburst;
import sahelsim.epstein.RunSeries;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;

/**
 * The files of an Epstein reference run: the series in tidy long form, its outbursts, and the parameters it ran
 * with, each written with the house's number rule.
 */
public final class EpsteinCsv {

    public static final List<String> SERIES_COLUMNS = List.of("step", "measure", "value");
    public static final List<String> OUTBURST_COLUMNS =
            List.of("outburst", "start_step", "end_step", "peak_step", "peak_active", "large");
    public static final List<String> PARAMETER_COLUMNS = List.of("parameter", "value");

    private EpsteinCsv() {
    }

    /** Every step from 0, the measures in a fixed order: active, jailed, quiet, legitimacy. */
    public static void writeSeries(RunSeries run, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, SERIES_COLUMNS);
        for (int t = 0; t <= run.steps(); t++) {
            String step = Integer.toString(t);
            table.row(step, "active", Integer.toString(run.active()[t]));
            table.row(step, "jailed", Integer.toString(run.jailed()[t]));
            table.row(step, "quiet", Integer.toString(run.quiet()[t]));
            table.row(step, "legitimacy", NumberText.format(run.legitimacy()[t]));
        }
        table.finish();
    }

    public static void writeOutbursts(List<Outburst> outbursts, int citizens, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, OUTBURST_COLUMNS);
        for (int i = 0; i < outbursts.size(); i++) {
            Outburst o = outbursts.get(i);
            table.row(Integer.toString(i + 1), Integer.toString(o.start()), Integer.toString(o.end()),
                    Integer.toString(o.peakStep()), Integer.toString(o.peakActive()),
                    Boolean.toString(o.isLarge(citizens)));
        }
        table.finish();
    }

    /** Name and value pairs, in the order given. */
    public static void writeParameters(List<String[]> parameters, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, PARAMETER_COLUMNS);
        for (String[] p : parameters) {
            table.row(p);
        }
        table.finish();
    }
}
