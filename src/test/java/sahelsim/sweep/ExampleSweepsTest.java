package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.design.SaltelliDesign;

/** The sweeps shipped in sweeps/ load and check cleanly against the shipped scenarios, with the sizes they state. */
class ExampleSweepsTest {

    private static SweepPlan plan(String name) {
        SweepSpec spec = SweepFiles.LOADER.load(Path.of("sweeps", name));
        assertEquals(List.of(), spec.warnings(), name + " has warnings");
        return SweepPlan.of(spec);
    }

    @Test
    void everyShippedSweepLoadsAndItsFirstAndLastRunsDeriveAScenario() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sweeps"))) {
            // Calibration files live beside the sweeps; CalibrationFilesTest checks them.
            files = list.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().startsWith("calibrate-")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "shipped sweeps: " + files);
        for (Path file : files) {
            SweepSpec spec = SweepFiles.LOADER.load(file);
            SweepPlan plan = SweepPlan.of(spec);
            assertEquals(file.getFileName().toString(), spec.name() + ".yaml", "a sweep is named after its file");
            for (long id : new long[] {0, plan.runCount() - 1}) {
                Scenario scenario = SweepFiles.LOADER.scenario(spec, plan.run(id));
                assertEquals(spec.base().name(), scenario.name());
            }
        }
    }

    @Test
    void withdrawalTimingByWagnerStrengthIsAGridOf160Runs() {
        SweepPlan plan = plan("withdrawal-wagner.yaml");
        assertEquals(16, plan.pointCount());
        assertEquals(160, plan.runCount());
        SweepSpec spec = plan.spec();
        Scenario early = SweepFiles.LOADER.scenario(spec, plan.run(0));
        assertEquals("2022-05-31", early.foreignForces().stream().filter(f -> f.id().equals("minusma-gao"))
                .findFirst().orElseThrow().withdrawal().toString());
        Scenario never = SweepFiles.LOADER.scenario(spec, plan.run(159));
        assertTrue(never.foreignForces().stream().allMatch(f -> f.withdrawal() == null));
        assertEquals(4000, never.wagner().strength());
    }

    @Test
    void theSobolSweepHasEightParametersAndTheMorrisSweepScreensTheBehaviour() {
        SweepPlan sobol = plan("sobol-key-parameters.yaml");
        assertEquals(8, sobol.spec().varied().size());
        assertEquals(64, ((SaltelliDesign) sobol.design()).baseSamples());
        assertEquals(640, sobol.pointCount());
        SweepPlan morris = plan("morris-behaviour.yaml");
        assertEquals(134, morris.spec().varied().size());
        assertEquals(1350, morris.pointCount());
        assertEquals(2700, morris.runCount());
    }
}
