package sahelsim.chart;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** File formats charts are written in: PNG for slides, SVG and PDF (vector) for reports. */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "png,svg"; throws IllegalArgumentException naming the bad part. */
    public static Set<ChartFormat> parseList(String text) {
        Set<ChartFormat> out = EnumSet.noneOf(ChartFormat.class);
        for (String part : text.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            try {
                out.add(valueOf(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected png, svg or pdf, found '" + part.trim() + "'");
            }
        }
        return out;
    }
}
