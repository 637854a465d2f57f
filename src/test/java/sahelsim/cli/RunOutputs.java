package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads and compares the folders the run command writes, for the tests. */
final class RunOutputs {

    /** The short scenario the tests run: four months of the historical one. */
    static final String SHORT = "src/test/resources/short-2022.yaml";

    private RunOutputs() {
    }

    /** Every file below a folder, as paths relative to it, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** The two folders hold the same files with the same bytes; manifests may differ only in their times. */
    static void assertSameRun(Path expected, Path actual) throws IOException {
        List<String> names = files(expected);
        assertEquals(names, files(actual));
        for (String name : names) {
            byte[] a = Files.readAllBytes(expected.resolve(name));
            byte[] b = Files.readAllBytes(actual.resolve(name));
            if (name.endsWith("manifest.json")) {
                assertEquals(withoutTimes(a), withoutTimes(b), name);
            } else {
                assertArrayEquals(a, b, name + " differs");
            }
        }
    }

    private static String withoutTimes(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.contains("\"started\"") && !l.contains("\"finished\""))
                .collect(Collectors.joining("\n"));
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return csv(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        try (Reader r = Files.newBufferedReader(file)) {
            return csv(r);
        }
    }

    private static List<Map<String, String>> csv(Reader reader) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            return it.readAll();
        }
    }

    static String header(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }
}
