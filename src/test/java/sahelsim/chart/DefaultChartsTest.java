package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;

class DefaultChartsTest {

    static final List<String> DEFAULT_NAMES = List.of("control-population", "control-area", "control-stacked",
            "fatalities", "civilian-deaths", "events", "displacement", "displaced-map-2023-02-12",
            "control-map-2023-02-12", "control-maps");

    @Test
    void aRunGetsTheDefaultChartsAsPngAndSvg(@TempDir Path tmp) throws Exception {
        Path run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        List<Path> written = DefaultCharts.write(run);
        TreeSet<String> expected = new TreeSet<>();
        for (String name : DEFAULT_NAMES) {
            expected.add(name + ".png");
            expected.add(name + ".svg");
        }
        assertEquals(expected, written.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new)));
        for (Path p : written) {
            assertEquals(run, p.getParent());
            assertEquals(true, Files.size(p) > 1000, p.toString());
        }
    }

    @Test
    void aSetGetsThemToo(@TempDir Path tmp) throws Exception {
        Path set = RunFixtures.copy(RunFixtures.smallSet(), tmp);
        List<Path> written = DefaultCharts.write(set);
        assertEquals(DEFAULT_NAMES.size() * 2 + 2, written.size(), "the run's charts and the share map: " + written);
        assertTrue(written.contains(set.resolve("control-map-shares-2023-02-12.png")), written.toString());
    }
}
