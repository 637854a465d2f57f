package sahelsim.hindcast.acled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an ACLED export: a CSV file in ACLED's own layout, its columns named as in the ACLED Codebook, "Table 1: Data
 * Columns" (https://acleddata.com/knowledge-base/codebook/): event_id_cnty, event_date, year, time_precision,
 * disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
 * interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude,
 * geo_precision, source, source_scale, notes, fatalities, tags, timestamp. Columns are found by name, so files from
 * before ACLED's column changes of 20 March 2023 (with data_id, event_id_no_cnty and iso3, in another order; "Guide
 * to 2023 ACLED Column Changes", acleddata.com/knowledge-base/guide-to-2023-acled-column-changes) and files with
 * columns added or moved read the same way. Names are matched without regard to case, since ACLED's older files
 * wrote them in capitals.
 *
 * <p>Dates come in two forms: year-month-day ("2023-02-16"), as the codebook records them and the API returns them,
 * and day, English month name, year ("16 February 2023"), as files from ACLED's data export tool write them (scripts
 * that read those files parse event_date with {@code "%d %B %Y"}).
 */
public final class AcledExport {

    /** The columns the comparison reads. */
    static final List<String> REQUIRED = List.of("event_date", "event_type", "country", "admin1", "latitude",
            "longitude", "fatalities");

    /** ACLED's six event types (ACLED Codebook, "Table 2: ACLED event types, sub-event types, and disorder types"). */
    public static final List<String> EVENT_TYPES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    private static final String DATE_FORMS = "a date as ACLED writes it, 2023-02-16 or 16 February 2023";
    private static final DateTimeFormatter EXPORT_TOOL_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectReader ROWS = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(String[].class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final int width;

    private AcledExport(Path file, String[] header) {
        this.file = file;
        this.width = header.length;
        for (int i = 0; i < header.length; i++) {
            String name = i == 0 && !header[i].isEmpty() && header[i].charAt(0) == BYTE_ORDER_MARK
                    ? header[i].substring(1) : header[i];
            columns.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), i);
        }
    }

    /** Every row of the file, in file order. */
    public static List<AcledEvent> read(Path file) {
        if (Files.isDirectory(file)) {
            throw new AcledFileError(file, "a folder; expected an ACLED export, a CSV file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = ROWS.readValues(reader)) {
            if (!rows.hasNextValue()) {
                throw new AcledFileError(file, 1, "the file is empty; expected ACLED's header line with the columns "
                        + String.join(", ", REQUIRED));
            }
            AcledExport export = new AcledExport(file, rows.nextValue());
            export.checkHeader();
            List<AcledEvent> events = new ArrayList<>();
            long next = rows.getCurrentLocation().getLineNr();
            while (rows.hasNextValue()) {
                long line = next;
                String[] row = rows.nextValue();
                next = rows.getCurrentLocation().getLineNr();
                if (row.length == 0 || row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                events.add(export.event(line, row));
            }
            return events;
        } catch (NoSuchFileException e) {
            throw new AcledFileError(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new AcledFileError(file, "not UTF-8 text, as ACLED's exports are (was the file saved again by a "
                    + "spreadsheet in another encoding?)");
        } catch (JsonProcessingException e) {
            throw e.getLocation() == null ? new AcledFileError(file, "malformed CSV: " + e.getOriginalMessage())
                    : new AcledFileError(file, e.getLocation().getLineNr(), "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new AcledFileError(file, "cannot be read: " + e.getMessage());
        }
    }

    private void checkHeader() {
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new AcledFileError(file, 1, "expected ACLED's column '" + column + "' in the header line (the "
                        + "comparison reads " + String.join(", ", REQUIRED) + "; found " + String.join(", ",
                        columns.keySet()) + "). Is this an ACLED export?");
            }
        }
    }

    private AcledEvent event(long line, String[] row) {
        if (row.length != width) {
            throw new AcledFileError(file, line, "expected " + width + " fields as in the header line, found "
                    + row.length + " (a quote left open in the line above?)");
        }
        return new AcledEvent(line, date(line, row), oneOf(line, row, "event_type", EVENT_TYPES),
                text(row, "country"), text(row, "admin1"), degrees(line, row, "latitude", 90),
                degrees(line, row, "longitude", 180), fatalities(line, row));
    }

    private String text(String[] row, String column) {
        return row[columns.get(column)].trim();
    }

    private LocalDate date(long line, String[] row) {
        String t = text(row, "event_date");
        try {
            return t.length() == 10 && t.charAt(4) == '-' ? LocalDate.parse(t) : LocalDate.parse(t, EXPORT_TOOL_DATE);
        } catch (DateTimeParseException e) {
            throw error(line, "event_date", DATE_FORMS, t);
        }
    }

    private String oneOf(long line, String[] row, String column, List<String> allowed) {
        String t = text(row, column);
        if (!allowed.contains(t)) {
            throw error(line, column, "one of ACLED's event types (" + String.join(", ", allowed) + ")", t);
        }
        return t;
    }

    private double degrees(long line, String[] row, String column, double limit) {
        String t = text(row, column);
        try {
            double v = Double.parseDouble(t);
            if (Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Said below with the column and what was found.
        }
        throw error(line, column, "decimal degrees from -" + (int) limit + " to " + (int) limit, t);
    }

    private long fatalities(long line, String[] row) {
        String t = text(row, "fatalities");
        try {
            long v = Long.parseLong(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Said below with the column and what was found.
        }
        throw error(line, "fatalities", "a whole number of 0 or more", t);
    }

    private AcledFileError error(long line, String column, String expected, String found) {
        return new AcledFileError(file, line, columns.get(column) + 1, "column '" + column + "': expected " + expected
                + ", found '" + found + "'");
    }
}
