package sahelsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.calibrate.abc.AbcLoop;
import sahelsim.calibrate.abc.Particle;
import sahelsim.calibrate.abc.Population;
import sahelsim.calibrate.abc.Simulator;
import sahelsim.sweep.Shard;
import sahelsim.sweep.StopRequest;
import sahelsim.sweep.SweepError;

/**
 * The calibration runner spreads the ABC over threads, interruptions and shards without changing a particle: its
 * populations are the ones the single-threaded loop makes, its files the same bytes whatever the threads.
 */
class CalibrationRunnerTest {

    private static final String[] FILES = {CalibrationFolder.PARTICLES, CalibrationFolder.GENERATIONS,
        CalibrationFolder.POSTERIOR, "generation-0/proposals.csv", "generation-2/proposals.csv", "predictive/runs.csv"};

    private static CalibrationRunner.Result run(Calibration c, Path dir, int threads) throws IOException {
        return NormalModel.runner(c).run(dir, threads, false, false, new StopRequest(),
                CalibrationRunner.Listener.NONE);
    }

    @Test
    void theRunnerMakesTheParticlesOfTheLoopOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Calibration c = NormalModel.calibration(40, 3, 10);
        List<Population> reference = AbcLoop.run(c.algorithm(), c.simulator(), c.distance());
        CalibrationRunner.Result one = run(c, dir.resolve("one"), 1);
        CalibrationRunner.Result three = run(c, dir.resolve("three"), 3);
        assertTrue(one.complete() && three.complete());
        assertSamePopulations(reference, one.history().populations());
        assertSamePopulations(reference, three.history().populations());
        for (String file : FILES) {
            assertEquals(Files.readString(dir.resolve("one").resolve(file)),
                    Files.readString(dir.resolve("three").resolve(file)), file);
        }
        assertEquals(10, Files.readAllLines(dir.resolve("one/predictive/runs.csv")).size() - 1);
        assertTrue(Files.size(dir.resolve("one").resolve(CalibrationFolder.PARTICLES_PARQUET)) > 0);
    }

    @Test
    void aStoppedCalibrationResumesToTheSameParticles(@TempDir Path dir) throws Exception {
        Calibration c = NormalModel.calibration(40, 3, 10);
        CalibrationRunner.Result whole = run(c, dir.resolve("whole"), 2);
        Path resumed = dir.resolve("resumed");
        // Stop after 50 runs (inside generation 1), then again inside the predictive runs.
        for (int stopAfter : new int[] {50, 33}) {
            StopRequest stop = new StopRequest();
            AtomicInteger runs = new AtomicInteger();
            Simulator counting = (theta, seed) -> {
                if (runs.incrementAndGet() >= stopAfter) {
                    stop.finishInFlight("test");
                }
                return NormalModel.SAMPLE_MEAN.simulate(theta, seed);
            };
            CalibrationRunner.Result part = NormalModel.runner(NormalModel.calibration(40, 3, 10, counting))
                    .run(resumed, 2, false, false, stop, CalibrationRunner.Listener.NONE);
            assertEquals("test", part.stoppedBy());
            assertFalse(part.complete());
        }
        // A process killed while writing leaves a torn last line.
        Files.writeString(resumed.resolve("predictive/runs.csv"), "7,12345,o", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        CalibrationRunner.Result end = run(c, resumed, 2);
        assertTrue(end.complete());
        assertSamePopulations(whole.history().populations(), end.history().populations());
        for (String file : FILES) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(file)), Files.readString(resumed.resolve(file)),
                    file);
        }
    }

    /** A process killed after a stage's last run and before its log was sorted leaves the rows as they finished. */
    @Test
    void logsLeftInTheOrderTheirRunsFinishedAreSortedOnResume(@TempDir Path dir) throws Exception {
        Calibration c = NormalModel.calibration(40, 3, 10);
        run(c, dir.resolve("whole"), 2);
        Path killed = dir.resolve("killed");
        run(c, killed, 2);
        for (String log : new String[] {"generation-0/proposals.csv", "predictive/runs.csv"}) {
            List<String> lines = new ArrayList<>(Files.readAllLines(killed.resolve(log)));
            Collections.swap(lines, 3, 4);
            Files.write(killed.resolve(log), lines);
        }
        assertTrue(run(c, killed, 2).complete());
        for (String file : FILES) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(file)), Files.readString(killed.resolve(file)),
                    file);
        }
    }

    @Test
    void shardsAndStepsMakeTheSameCalibration(@TempDir Path dir) throws Exception {
        Calibration c = NormalModel.calibration(40, 3, 10);
        CalibrationRunner.Result whole = run(c, dir.resolve("whole"), 1);
        Path sharded = dir.resolve("sharded");
        CalibrationRunner runner = NormalModel.runner(c);
        int links = 0;
        CalibrationRunner.Result last;
        do {
            for (int i = 0; i < 3; i++) {
                runner.runShard(sharded, new Shard(i, 3), 1, new StopRequest(), CalibrationRunner.Listener.NONE);
            }
            last = runner.run(sharded, 1, false, true, new StopRequest(), CalibrationRunner.Listener.NONE);
            links++;
        } while (!last.complete());
        assertEquals(4, links, "three generations and the predictive runs, one link each");
        assertSamePopulations(whole.history().populations(), last.history().populations());
        for (String file : FILES) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(file)), Files.readString(sharded.resolve(file)),
                    file);
        }
    }

    @Test
    void aFailedRunLeavesTheGenerationOpenUntilItSucceeds(@TempDir Path dir) throws Exception {
        Simulator failing = (theta, seed) -> {
            if (theta[0] > 3) {
                throw new IllegalStateException("no run above 3");
            }
            return NormalModel.SAMPLE_MEAN.simulate(theta, seed);
        };
        CalibrationRunner.Result failed = NormalModel.runner(NormalModel.calibration(40, 3, 10, failing))
                .run(dir, 2, false, false, new StopRequest(), CalibrationRunner.Listener.NONE);
        assertTrue(failed.failed() > 0, "a N(0, 2) prior draws above 3 now and then");
        assertEquals(0, failed.history().populations().size());
        String log = Files.readString(dir.resolve("generation-0/proposals.csv"));
        assertTrue(log.contains(",failed,") && log.contains("java.lang.IllegalStateException: no run above 3"), log);
        assertFalse(Files.exists(dir.resolve(CalibrationFolder.PARTICLES)));
        Calibration c = NormalModel.calibration(40, 3, 10);
        CalibrationRunner.Result fixed = run(c, dir, 2);
        assertTrue(fixed.complete());
        assertSamePopulations(AbcLoop.run(c.algorithm(), c.simulator(), c.distance()), fixed.history().populations());
    }

    @Test
    void aFolderHoldingAnotherCalibrationIsLeftAloneWithoutForce(@TempDir Path dir) throws Exception {
        run(NormalModel.calibration(40, 2, 4), dir, 2);
        String particles = Files.readString(dir.resolve(CalibrationFolder.PARTICLES));
        SweepError e = assertThrows(SweepError.class, () -> run(NormalModel.calibration(60, 2, 4), dir, 2));
        assertTrue(e.getMessage().contains("holds another calibration: its particles is 40, not 60"), e.getMessage());
        assertEquals(particles, Files.readString(dir.resolve(CalibrationFolder.PARTICLES)));
        CalibrationRunner.Result forced = NormalModel.runner(NormalModel.calibration(60, 2, 4)).run(dir, 2, true,
                false, new StopRequest(), CalibrationRunner.Listener.NONE);
        assertTrue(forced.complete());
        assertEquals(60, forced.history().populations().get(0).size() * 2);
    }

    @Test
    void moreGenerationsCarryOnFromTheLastAndDrawTheirPredictiveRunsAgain(@TempDir Path dir) throws Exception {
        run(NormalModel.calibration(40, 2, 6), dir, 2);
        String firstRuns = Files.readString(dir.resolve("predictive/runs.csv"));
        CalibrationRunner.Result longer = run(NormalModel.calibration(40, 3, 6), dir, 2);
        assertEquals(3, longer.history().populations().size());
        assertTrue(Files.readString(dir.resolve("predictive/runs.csv")).lines().skip(1)
                .allMatch(line -> line.split(",")[3].matches("[0-2]")));
        assertFalse(firstRuns.equals(Files.readString(dir.resolve("predictive/runs.csv"))));
        assertSamePopulations(run(NormalModel.calibration(40, 3, 6), dir.resolve("direct"), 1).history().populations(),
                longer.history().populations());
    }

    static void assertSamePopulations(List<Population> expected, List<Population> actual) {
        assertEquals(expected.size(), actual.size(), "generations");
        for (int t = 0; t < expected.size(); t++) {
            Population e = expected.get(t);
            Population a = actual.get(t);
            assertEquals(e.tolerance(), a.tolerance(), "tolerance of generation " + t);
            assertEquals(e.size(), a.size());
            for (int i = 0; i < e.size(); i++) {
                Particle pe = e.particles().get(i);
                Particle pa = a.particles().get(i);
                assertEquals(pe.generation() + "/" + pe.proposal(), pa.generation() + "/" + pa.proposal());
                assertArrayEquals(pe.values(), pa.values());
                assertEquals(pe.weight(), pa.weight());
                assertEquals(pe.distance(), pa.distance());
            }
        }
    }
}
