package sahelsim.hindcast.acled;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's admin1 names for Mali and the model's region each falls in, from the shipped table
 * {@code sahelsim/hindcast/acled-admin1.csv} (its comments give the sources): the regions of 2016 by their own
 * names, the regions set up in 2023 by the region of 2016 they were carved from, and the regions the map does not
 * cover with no region. Names are compared folded (see {@link #fold}), since ACLED's spelling of accents has varied.
 */
public final class Admin1Table {

    static final String RESOURCE = "/sahelsim/hindcast/acled-admin1.csv";

    /**
     * One admin1 name.
     *
     * @param region the model's region id, empty for a region the map does not cover
     */
    public record Entry(String admin1, String region, String note) {

        public boolean modelled() {
            return !region.isEmpty();
        }
    }

    private final Map<String, Entry> byName = new LinkedHashMap<>();

    private Admin1Table(List<Entry> entries) {
        for (Entry e : entries) {
            if (byName.putIfAbsent(fold(e.admin1()), e) != null) {
                throw new IllegalStateException(RESOURCE + ": the name " + e.admin1() + " is listed twice");
            }
        }
    }

    public static Admin1Table shipped() {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = Admin1Table.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped resource missing: " + RESOURCE);
            }
            try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                    .readValues(in)) {
                return new Admin1Table(rows.readAll().stream()
                        .map(r -> new Entry(r.get("admin1"), r.get("region"), r.get("note"))).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read shipped resource " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The entry for a name as ACLED writes it, empty when the table does not know the name. */
    public Optional<Entry> entry(String admin1) {
        return Optional.ofNullable(byName.get(fold(admin1)));
    }

    /** Every entry, in the table's order. */
    public List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /**
     * A name without accents, case, blanks, hyphens or apostrophes: "Ségou" and "SEGOU" fold alike. The canonical
     * decomposition splits an accented letter into the letter and its accent, which goes with the other characters
     * that are not plain letters or digits.
     */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
