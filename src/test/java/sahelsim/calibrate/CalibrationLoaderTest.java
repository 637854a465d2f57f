package sahelsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.calibrate.abc.Prior;
import sahelsim.scenario.ScenarioError;

/** A calibration file is checked before any run, every problem at its line with its key path. */
class CalibrationLoaderTest {

    static final CalibrationLoader LOADER = CalibrationLoader.shipped();
    private static final Path TARGETS = Path.of("sweeps/targets/mali-2022-2025.yaml").toAbsolutePath();
    private static final Path BASE = Path.of("scenarios/historical-2022.yaml").toAbsolutePath();

    @TempDir
    Path dir;

    /** A calibration file whose parameter lines (each indented by two spaces) start on line 8. */
    private Path file(String fit, List<String> parameters, String... more) throws IOException {
        StringBuilder text = new StringBuilder("name: test\nbase: " + BASE + "\ntargets: " + TARGETS + "\nfit: " + fit
                + "\nseed: 3\nparticles: 100\nparameters:\n");
        parameters.forEach(p -> text.append("  ").append(p).append('\n'));
        for (String line : more) {
            text.append(line).append('\n');
        }
        return Files.writeString(dir.resolve("c.yaml"), text.toString());
    }

    private List<String> problems(Path file) {
        try {
            LOADER.load(file);
        } catch (ScenarioError e) {
            return e.problems().stream().map(p -> p.toString().replace(file + ":", "")).toList();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    @Test
    void theShippedCalibrationLoadsWithoutWarnings() {
        CalibrationSpec spec = LOADER.load(Path.of("sweeps/calibrate-2022-2023.yaml"));
        assertEquals(List.of(), spec.warnings());
        assertEquals("2022-2023", spec.fit());
        assertEquals(List.of("2024-2025"), spec.outOfSample());
        assertEquals(8, spec.parameters().size());
        assertTrue(spec.parameters().stream().anyMatch(p -> p.prior() instanceof Prior.Normal));
        assertTrue(spec.parameters().stream().anyMatch(p -> p.prior() instanceof Prior.LogUniform));
        Calibration c = CalibrationSetup.of(spec, LOADER.scenarios());
        assertEquals(spec.targets().targets().size(), c.statistics().size());
    }

    @Test
    void keyPathsMustNameNumbersOfTheScenario() throws IOException {
        assertEquals(List.of(
                "8:3: parameters.wagner.abuze: no key 'abuze' in wagner; did you mean 'abuse'? (known keys here: "
                        + "faction, arrival, strength, abuse, exit, bases, garrisonShare)",
                "9:3: parameters.wagner.bases: a prior needs a key that holds a number; wagner.bases holds a list of "
                        + "ids"),
                problems(file("2022-2023", List.of("wagner.abuze: {prior: uniform, min: 0, max: 1}",
                        "wagner.bases: {prior: uniform, min: 0, max: 1}"))));
    }

    @Test
    void priorsAreCheckedAndTheirRangeTriedOnTheScenario() throws IOException {
        assertEquals(List.of(
                "8:49: parameters.wagner.abuse.max: expected a number between 0 and 1, got 1.5",
                "9:25: parameters.civilians.flightRate.max: missing; a log-uniform prior needs min and max",
                "10:67: parameters.civilians.returnRate.sd: a uniform prior takes min and max, not sd",
                "11:49: parameters.combat.killedShare: a log-uniform prior needs 0 < min < max, got 0.0, 0.5"),
                problems(file("2022-2023", List.of("wagner.abuse: {prior: uniform, min: 0.2, max: 1.5}",
                        "civilians.flightRate: {prior: log-uniform, min: 0.004}",
                        "civilians.returnRate: {prior: uniform, min: 0.0001, max: 0.001, sd: 1}",
                        "combat.killedShare: {prior: log-uniform, min: 0, max: 0.5}"))));
    }

    @Test
    void theFittedPeriodMustHaveTargets() throws IOException {
        List<String> found = problems(file("2022-2024", List.of("wagner.abuse: {prior: uniform, min: 0.2, max: 1}")));
        assertEquals(List.of("4:6: fit: the targets file " + TARGETS + " has no target of the period '2022-2024'; did "
                + "you mean '2022-2023'? (its periods: 2022-2023, 2024-2025)"), found);
    }
}
