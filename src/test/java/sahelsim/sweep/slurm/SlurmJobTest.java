package sahelsim.sweep.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sahelsim.sweep.SweepError;

/** A sweep's Slurm job refuses what Slurm would refuse, or what would break its scripts, naming the option. */
class SlurmJobTest {

    private static final Path FILE = Path.of("/data/sweeps/s.yaml");
    private static final Path DIR = Path.of("/data/results/s");

    private static SlurmJob job(long runs, int arraySize, String partition, String time, int cpus, Path dir) {
        return new SlurmJob("s", runs, FILE, dir, arraySize, partition, time, cpus, 10);
    }

    private static String refusal(long runs, int arraySize, String partition, String time, int cpus, Path dir) {
        return assertThrows(SweepError.class, () -> job(runs, arraySize, partition, time, cpus, dir)).getMessage();
    }

    @Test
    void tasksAreCountedFromZeroLikeShards() {
        assertEquals("0-3", job(16, 4, null, null, 1, DIR).taskRange());
        assertEquals("0", job(16, 1, null, null, 1, DIR).taskRange());
        assertEquals(6, job(16, 3, null, null, 1, DIR).runsPerTask(), "16 runs in 3 shards: 6, 5 and 5");
        assertEquals(DIR.resolve("slurm"), job(16, 3, null, null, 1, DIR).scriptsDir());
    }

    @Test
    void theArraySizeIsBetweenOneAndTheNumberOfRuns() {
        assertEquals("--array-size: expected 1 or more array tasks, got 0", refusal(16, 0, null, null, 1, DIR));
        assertTrue(refusal(16, 17, null, null, 1, DIR).startsWith("--array-size: expected at most 16 array tasks"));
        assertEquals(16, job(16, 16, null, null, 1, DIR).arraySize());
    }

    @Test
    void timeLimitsAreSlurmsHoursMinutesSecondsWithOptionalDays() {
        for (String time : new String[] {"00:10:00", "2:00:00", "100:00:00", "1-12:00:00"}) {
            assertEquals(time, job(16, 4, null, time, 1, DIR).time());
        }
        for (String time : new String[] {"90", "10:00", "1:61:00", "00:10:60", "1-", "01:00:00 ", "1h"}) {
            assertTrue(refusal(16, 4, null, time, 1, DIR).startsWith("--time: expected a time limit HH:MM:SS or "
                    + "D-HH:MM:SS"), time);
        }
        assertEquals("--time: expected a time limit above zero, got '0-00:00:00'", refusal(16, 4, null, "0-00:00:00", 1,
                DIR));
    }

    @Test
    void partitionsAreNamesOrListsOfThem() {
        assertEquals("debug,long-2", job(16, 4, "debug,long-2", null, 1, DIR).partition());
        for (String partition : new String[] {"", "a b", "a;rm -rf", "a,", "$(x)"}) {
            assertTrue(refusal(16, 4, partition, null, 1, DIR).startsWith("--partition: expected a partition name"),
                    partition);
        }
    }

    @Test
    void eachTaskHasAtLeastOneCpu() {
        assertEquals("--cpus-per-task: expected 1 or more CPUs, got 0", refusal(16, 4, null, null, 0, DIR));
    }

    @Test
    void aFolderWhosePathAnSbatchLineCannotHoldIsRefused() {
        assertTrue(refusal(16, 4, null, null, 1, Path.of("/data/a\"b")).contains("choose another with --out"));
        assertEquals(Path.of("/data/it's 100%"), job(16, 4, null, null, 1, Path.of("/data/it's 100%")).sweepDir());
    }
}
