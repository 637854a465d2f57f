package sahelsim.sweep.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a sweep's Slurm scripts: what each task runs, with which resources, and the merge's dependency. */
class SlurmScriptsTest {

    private static final Path FILE = Path.of("/data/sweeps/wagner.yaml");
    private static final Path DIR = Path.of("/data/results/wagner");

    private static SlurmScripts scripts(String partition, String time, int cpus) {
        return new SlurmScripts(new SlurmJob("wagner", 160, FILE, DIR, 8, partition, time, cpus, 60));
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void taskIRunsShardIOfNWithTheJarOnItsCpus() {
        List<String> array = lines(scripts("debug", "02:00:00", 4).array());
        assertEquals("#!/bin/sh", array.get(0));
        assertTrue(array.contains("#SBATCH --job-name=sahelsim-wagner"), array.toString());
        assertTrue(array.contains("#SBATCH --array=0-7"), "8 tasks, ids 0 to 7 as shards 0/8 to 7/8");
        assertTrue(array.contains("#SBATCH --ntasks=1"));
        assertTrue(array.contains("#SBATCH --cpus-per-task=4"));
        assertTrue(array.contains("#SBATCH --partition=debug"));
        assertTrue(array.contains("#SBATCH --time=02:00:00"));
        assertTrue(array.contains("#SBATCH --output=\"/data/results/wagner/slurm/logs/shard-%a-of-8-job-%A.out\""));
        String command = String.join("\n", array.subList(array.indexOf("set -eu"), array.size()));
        assertEquals("""
                set -eu
                : "${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, which runs it as a job array}"
                exec java ${SAHELSIM_JAVA_OPTS:-} -jar '/data/results/wagner/slurm/sahelsim.jar' sweep \
                '/data/sweeps/wagner.yaml' \\
                    --shard "$SLURM_ARRAY_TASK_ID/8" --threads "${SLURM_CPUS_PER_TASK:-1}" \\
                    --out '/data/results/wagner' --progress-every 60""", command);
    }

    @Test
    void everyDirectiveComesBeforeTheFirstCommand() {
        // sbatch stops reading #SBATCH lines at the first line that is not a comment.
        for (String text : List.of(scripts("debug", "02:00:00", 4).array(), scripts(null, null, 1).merge())) {
            List<String> lines = lines(text);
            int lastDirective = 0;
            int firstCommand = lines.size();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("#SBATCH")) {
                    lastDirective = i;
                } else if (!lines.get(i).startsWith("#") && firstCommand == lines.size()) {
                    firstCommand = i;
                }
            }
            assertTrue(lastDirective < firstCommand, text);
        }
    }

    @Test
    void unsetPartitionAndTimeAreLeftToTheCluster() {
        String array = scripts(null, null, 1).array();
        assertFalse(array.contains("--partition"), array);
        assertFalse(array.contains("--time"), array);
        assertTrue(lines(array).contains("#SBATCH --cpus-per-task=1"));
    }

    @Test
    void theMergeJoinsTheSweepFolderOnOneCpuWithTheSameLimits() {
        List<String> merge = lines(scripts("debug", "02:00:00", 4).merge());
        assertTrue(merge.contains("#SBATCH --job-name=sahelsim-wagner-merge"), merge.toString());
        assertTrue(merge.contains("#SBATCH --cpus-per-task=1"));
        assertTrue(merge.contains("#SBATCH --partition=debug"));
        assertTrue(merge.contains("#SBATCH --time=02:00:00"));
        assertFalse(merge.stream().anyMatch(l -> l.startsWith("#SBATCH --array")));
        assertEquals("exec java ${SAHELSIM_JAVA_OPTS:-} -jar '/data/results/wagner/slurm/sahelsim.jar' merge "
                + "'/data/results/wagner'", merge.get(merge.size() - 1));
    }

    @Test
    void theSubmitScriptQueuesTheMergeAfterEveryTaskSucceeded() {
        String submit = scripts(null, null, 1).submit();
        assertTrue(submit.contains("array=$(sbatch --parsable \"$dir/sweep.sbatch\")"), submit);
        assertTrue(submit.contains("array=$(sbatch --parsable --array=\"$tasks\" \"$dir/sweep.sbatch\")"), submit);
        assertTrue(submit.contains("merge=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes"
                + " \"$dir/merge.sbatch\")"), submit);
        assertTrue(submit.contains("dir='/data/results/wagner/slurm'"), submit);
    }

    @Test
    void pathsAreQuotedForTheShellAndForSlurmsPatterns() {
        Path odd = Path.of("/data/it's 100% done");
        SlurmScripts scripts = new SlurmScripts(new SlurmJob("s", 4, odd.resolve("s.yaml"), odd, 2, null, null, 1,
                10));
        String array = scripts.array();
        assertTrue(array.contains("sweep '/data/it'\\''s 100% done/s.yaml'"), array);
        assertTrue(array.contains("#SBATCH --output=\"/data/it's 100%% done/slurm/logs/shard-%a-of-2-job-%A.out\""),
                array);
    }

    @Test
    void writingPutsTheScriptsTheJarAndTheLogFolderBesideTheSweep(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("program.jar"), new byte[] {1, 2, 3});
        Path sweepDir = dir.resolve("results/wagner");
        SlurmJob job = new SlurmJob("wagner", 160, FILE, sweepDir, 8, null, null, 1, 10);
        Path submit = new SlurmScripts(job).write(jar);
        Path scripts = sweepDir.resolve("slurm");
        assertEquals(scripts.resolve("submit.sh"), submit);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(scripts.resolve("sahelsim.jar")));
        assertTrue(Files.isDirectory(scripts.resolve("logs")), "sbatch does not create the folder of --output");
        for (String name : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            assertTrue(Files.isExecutable(scripts.resolve(name)), name);
        }
        assertEquals(new SlurmScripts(job).array(), Files.readString(scripts.resolve("sweep.sbatch")));
        Files.write(jar, new byte[] {4});
        new SlurmScripts(job).write(jar);
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(scripts.resolve("sahelsim.jar")), "written again");
    }
}
