package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.Problem;

/** Messages about sweep files say what is wrong, and only that. */
class SweepMessagesTest {

    private static final Path JANUARY = Path.of("src/test/resources/scenarios/january-2022.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    private List<String> problemsWithSamples(String samples) {
        return new SweepFiles(dir).problems("lhs", List.of("wagner.abuse: {min: 0, max: 0.5}"), "samples: " + samples);
    }

    @Test
    void aWrongSampleCountIsNotAlsoCalledMissing() {
        for (String samples : List.of("0", "2.5", "1000000000")) {
            List<String> problems = problemsWithSamples(samples);
            assertEquals(1, problems.size(), String.join("\n", problems));
            assertTrue(problems.get(0).startsWith("8:10: samples: expected a whole number between 1 and 1000000, got "
                    + samples), problems.get(0));
        }
    }

    @Test
    void anEmptyParametersSectionIsCalledEmpty() {
        List<String> problems = SweepFiles.problems(new SweepFiles(dir).file("e.yaml", "name: e\nbase: "
                + SweepFiles.HISTORICAL + "\nseed: 1\nparameters: {}\noutcomes: []\n"));
        assertTrue(problems.contains("4:13: parameters: expected a section of parameters, each a key path with a list "
                + "of values, a range {min, max} or variants, got an empty section"), String.join("\n", problems));
        assertTrue(problems.contains("5:11: outcomes: expected a list of outcome names such as [fatalities_total, "
                + "blockade_days:timbuktu], got an empty list"), String.join("\n", problems));
    }

    @Test
    void aTagOrAnchorInASweepFileIsCalledThat() {
        Path file = new SweepFiles(dir).write("lhs", List.of("wagner.abuse: {min: 0, max: 0.5}"), "samples: !!int 4");
        assertEquals(List.of("8:10: samples: expected a plain value, got the YAML tag '!!int'; tags are not allowed "
                + "in sweep files"), SweepFiles.problems(file));
        Path anchored = new SweepFiles(dir).write("lhs", List.of("wagner.abuse: {min: &low 0, max: 0.5}"),
                "samples: 4");
        assertEquals(List.of("7:23: parameters.wagner.abuse.min: expected a plain value, got the YAML anchor '&low'; "
                + "anchors and aliases are not allowed in sweep files"), SweepFiles.problems(anchored));
    }

    @Test
    void aFolderAsBaseIsCalledAFolder() {
        Path file = new SweepFiles(dir).file("f.yaml", "name: f\nbase: .\nseed: 1\nparameters: {wagner.abuse: [0]}\n"
                + "outcomes: [peak_displaced]\n");
        assertEquals(List.of("2:7: base: " + dir + " is a folder; expected a scenario file (the path is relative to "
                + "the sweep file)"), SweepFiles.problems(file));
    }

    /**
     * Each value of calendar.end and of the reinforcement's date passes alone, and the r-th of each pass together,
     * but the earlier end with the later date fails: 2 of the 8 runs of such a grid would fail.
     */
    @Test
    void valuesThatFailTogetherAreWarnedOfInEveryCombination() {
        Path file = new SweepFiles(dir).file("c.yaml", "name: c\nbase: " + JANUARY + "\ndesign: grid\nseed: 1\n"
                + "parameters:\n  calendar.end: [2022-01-20, 2022-01-31]\n"
                + "  timeline.wagner-grows-2025.date: [2022-01-14, 2022-01-25]\noutcomes: [fatalities_total]\n");
        SweepSpec spec = SweepFiles.LOADER.load(file);
        List<String> warnings = spec.warnings().stream().map(w -> SweepFiles.shown(w, file)).toList();
        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).startsWith("6:18: timeline.wagner-grows-2025.date: runs that combine calendar.end "
                + "= 2022-01-20 with timeline.wagner-grows-2025.date = 2022-01-25 will fail: expected a date within "
                + "the calendar"), warnings.get(0));
    }

    @Test
    void manyParametersAreTriedInPairs() {
        Path file = new SweepFiles(dir).file("p.yaml", "name: p\nbase: " + JANUARY + "\ndesign: lhs\nsamples: 4\n"
                + "seed: 1\nparameters:\n  calendar.end: {min: 2022-01-20, max: 2022-01-31}\n"
                + "  timeline.wagner-grows-2025.date: {min: 2022-01-14, max: 2022-01-25}\n"
                + "  wagner.abuse: {min: 0, max: 0.5}\n  wagner.strength: {min: 0, max: 2000}\n"
                + "  civilians.legitimacy: {min: 0.2, max: 0.6}\n  combat.attrition: {min: 0.02, max: 0.1}\n"
                + "  control.persistenceDays: {min: 10, max: 90}\noutcomes: [fatalities_total]\n");
        List<String> warnings = SweepFiles.LOADER.load(file).warnings().stream().map(w -> SweepFiles.shown(w, file))
                .toList();
        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).contains("runs that combine calendar.end = 2022-01-20 with "
                + "timeline.wagner-grows-2025.date = 2022-01-25 will fail"), warnings.get(0));
    }

    @Test
    void sobolAndMorrisDesignsTooSmallToTrustAreWarnedOfWithTheSizeThatWouldDo() {
        SweepFiles files = new SweepFiles(dir);
        List<String> sobol = files.load("sobol", List.of("wagner.abuse: {min: 0, max: 0.5}"), "samples: 2")
                .warnings().stream().map(Problem::message).toList();
        assertTrue(sobol.stream().anyMatch(w -> w.startsWith("with N = 2 base samples Sobol indices are not to be "
                + "trusted (they can fall outside 0 to 1); N = 64 or more would do")), String.join("\n", sobol));
        List<String> morris = files.load("morris", List.of("wagner.abuse: {min: 0, max: 0.5}"), "samples: 2")
                .warnings().stream().map(Problem::message).toList();
        assertTrue(morris.stream().anyMatch(w -> w.startsWith("with r = 2 trajectories Morris mu* and sigma are not "
                + "to be trusted; r = 10 or more would do")), String.join("\n", morris));
        assertTrue(files.load("sobol", List.of("wagner.abuse: {min: 0, max: 0.5}"), "samples: 64").warnings()
                .isEmpty());
    }
}
