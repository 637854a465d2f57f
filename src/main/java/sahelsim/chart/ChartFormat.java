package sahelsim.chart;

import java.util.Locale;

/** File formats charts are written in: PNG for slides, SVG and PDF (vector) for reports. */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "png" (any case); throws IllegalArgumentException naming what it found. */
    public static ChartFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected png, svg or pdf, found '" + text.trim() + "'");
        }
    }
}
