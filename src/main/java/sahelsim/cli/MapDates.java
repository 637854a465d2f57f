package sahelsim.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The --dates option of the commands that draw control maps: dates YYYY-MM-DD separated by commas. */
final class MapDates {

    private MapDates() {
    }

    /** The dates, in order; none for a missing option. */
    static List<LocalDate> parse(String text) {
        List<LocalDate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            try {
                out.add(LocalDate.parse(part.trim()));
            } catch (DateTimeParseException e) {
                throw new UserError("--dates: expected dates YYYY-MM-DD separated by commas, found '" + part.trim()
                        + "'");
            }
        }
        return out;
    }
}
