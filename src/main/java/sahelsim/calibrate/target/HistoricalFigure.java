package sahelsim.calibrate.target;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sahelsim.hindcast.HistoricalFigures;

/**
 * The hindcast's historical counts, named so that a targets file can take a figure from them ({@code figure:
 * dtm-displaced}) instead of writing the number a second time: the hindcast and the calibration then compare the
 * model with the same numbers.
 */
public enum HistoricalFigure {
    UN_CIVILIANS_KILLED_2022("un-civilians-killed-2022", Map.of(), HistoricalFigures.UN_CIVILIANS_KILLED_2022,
            "civilians killed in 2022, Moura not included: MINUSMA human-rights note via APA and AFP (mali-facts 4.1)"),
    UNHCR_REFUGEES_2023("unhcr-refugees-2023-04", Map.of(HistoricalFigures.REFUGEES_DATE,
            HistoricalFigures.UNHCR_REFUGEES_APRIL_2023), Double.NaN,
            "Malian refugees in Mauritania, Niger and Burkina Faso, April 2023: UNHCR (mali-facts 4.3)"),
    DTM_DISPLACED("dtm-displaced", HistoricalFigures.DTM_DISPLACED, Double.NaN,
            "internally displaced people counted by the DTM (IOM Displacement Tracking Matrix with DNDS; "
                    + "mali-facts 4.3)");

    private final String id;
    private final Map<LocalDate, Double> dated;
    private final double value;
    private final String source;

    HistoricalFigure(String id, Map<LocalDate, Double> dated, double value, String source) {
        this.id = id;
        this.dated = dated;
        this.value = value;
        this.source = source;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    /** Whether the figure is a count on dates (a target must then say on which). */
    public boolean isDated() {
        return !dated.isEmpty();
    }

    /** The dates it has a count for, in order. */
    public List<LocalDate> dates() {
        return dated.keySet().stream().sorted().toList();
    }

    /** The figure (on {@code on}, for a dated one; NaN when it has no count that day). */
    public double value(LocalDate on) {
        return isDated() ? dated.getOrDefault(on, Double.NaN) : value;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(HistoricalFigure::id).toList();
    }

    public static HistoricalFigure of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no historical figure " + id));
    }
}
