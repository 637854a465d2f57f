package sahelsim.hindcast.acled;

import java.time.LocalDate;

/**
 * One row of an ACLED export, the columns the comparison with the model reads (ACLED Codebook, Table 1).
 *
 * @param line the line of the file the row starts on (the header is line 1)
 */
public record AcledEvent(long line, LocalDate date, String eventType, String country, String admin1, double latitude,
                         double longitude, long fatalities) {
}
