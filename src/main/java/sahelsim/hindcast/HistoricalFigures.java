package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dated counts the hindcast compares runs with, each from the shared research notes (mali-facts.md), in
 * date order: the facts test against them and the report draws them beside the runs.
 */
public final class HistoricalFigures {

    /** Internally displaced people counted by the DTM (IOM Displacement Tracking Matrix with DNDS; mali-facts 4.3). */
    public static final Map<LocalDate, Double> DTM_DISPLACED;

    /** Civilians killed in calendar 2022, Moura not included (MINUSMA human-rights note via APA and AFP; mali-facts 4.1). */
    public static final double UN_CIVILIANS_KILLED_2022 = 1277;

    /** Malian refugees in Mauritania, Niger and Burkina Faso, April 2023 (UNHCR via mali-facts 4.3). */
    public static final double UNHCR_REFUGEES_APRIL_2023 = 204_387;

    public static final LocalDate REFUGEES_DATE = LocalDate.of(2023, 4, 30);

    static {
        Map<LocalDate, Double> dtm = new LinkedHashMap<>();
        dtm.put(LocalDate.of(2022, 8, 31), 422_620.0);
        dtm.put(LocalDate.of(2022, 12, 31), 412_287.0);
        dtm.put(LocalDate.of(2023, 4, 30), 375_539.0);
        dtm.put(LocalDate.of(2023, 9, 30), 391_961.0);
        dtm.put(LocalDate.of(2023, 12, 31), 354_739.0);
        DTM_DISPLACED = Collections.unmodifiableMap(dtm);
    }

    private HistoricalFigures() {
    }
}
