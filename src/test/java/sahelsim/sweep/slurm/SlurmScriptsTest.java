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
        assertEquals(": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, which runs it as a job array}\"",
                array.get(array.indexOf("set -eu") + 1));
        assertEquals(SlurmScripts.javaCheck(), array.subList(array.indexOf("set -eu") + 2, array.size() - 3),
                "Java is checked before it runs");
        String command = String.join("\n", array.subList(array.size() - 3, array.size()));
        assertEquals("""
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
        assertTrue(String.join("\n", merge).contains(String.join("\n", SlurmScripts.javaCheck())), "Java is checked");
    }

    @Test
    void aOneTaskArrayHasNothingToMerge() throws Exception {
        // Its task runs shard 0/1, the whole sweep, into the sweep folder: 'sahelsim merge' found no shard there.
        String merge = new SlurmScripts(new SlurmJob("wagner", 160, FILE, DIR, 1, null, null, 1, 10)).merge();
        assertFalse(merge.contains(" merge '"), merge);
        Process p = new ProcessBuilder("/bin/sh", "-c", merge).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("sweep wagner: its one task ran the whole sweep into /data/results/wagner; there is nothing to "
                + "merge\n", out);
    }

    private static SlurmScripts withSite(SlurmSite site) {
        return new SlurmScripts(new SlurmJob("wagner", 160, FILE, DIR, 8, "debug", "02:00:00", 1, 60, site));
    }

    @Test
    void withoutSiteOptionsTheScriptsAskNothingMore() {
        for (String text : List.of(scripts("debug", "02:00:00", 1).array(), scripts("debug", "02:00:00", 1).merge())) {
            assertTrue(text.startsWith("#!/bin/sh\n"), text);
            for (String absent : List.of("--mem", "MaxRAM", "--signal", "--requeue", "--stop-on", "scontrol",
                    "--scratch", "site's set-up", "bash")) {
                assertFalse(text.contains(absent), absent + " in " + text);
            }
        }
    }

    @Test
    void memoryIsAskedOfSlurmAndSizesTheHeap() {
        SlurmScripts tasks = withSite(SlurmSite.of(List.of(), "2G", null, null, false, null));
        assertTrue(lines(tasks.array()).contains("#SBATCH --mem=2G"), tasks.array());
        assertTrue(tasks.array().contains("exec java -XX:MaxRAM=2g ${SAHELSIM_JAVA_OPTS:-} -jar"), tasks.array());
        assertTrue(lines(tasks.merge()).contains("#SBATCH --mem=2G"), "the merge gets the tasks' memory");
        SlurmScripts merge = withSite(SlurmSite.of(List.of(), "1500", "4G", null, false, null));
        assertTrue(lines(merge.array()).contains("#SBATCH --mem=1500"), merge.array());
        assertTrue(merge.array().contains("java -XX:MaxRAM=1500m "), "megabytes when no unit: " + merge.array());
        assertTrue(lines(merge.merge()).contains("#SBATCH --mem=4G"), merge.merge());
        assertTrue(merge.merge().contains("exec java -XX:MaxRAM=4g ${SAHELSIM_JAVA_OPTS:-} -jar"), merge.merge());
        SlurmScripts whole = withSite(SlurmSite.of(List.of(), "0", null, null, false, null));
        assertFalse(whole.array().contains("MaxRAM"), "--mem=0 is the whole node, which the JVM sees");
    }

    @Test
    void thePreambleRunsFirstInALoginShell() {
        SlurmScripts scripts = withSite(SlurmSite.of(List.of("module load java/17", "export X=1"), null, null, null,
                false, null));
        for (String text : List.of(scripts.array(), scripts.merge())) {
            List<String> lines = lines(text);
            assertEquals("#!/bin/bash -l", lines.get(0), "bash -l reads the site's profile, which defines module");
            int module = lines.indexOf("module load java/17");
            assertEquals(module + 1, lines.indexOf("export X=1"), text);
            assertTrue(module > lines.stream().filter(l -> l.startsWith("#SBATCH")).mapToInt(lines::indexOf).max()
                    .orElseThrow(), "after the directives: " + text);
            assertTrue(module < lines.indexOf("set -eu"), "before set -u, which module scripts trip: " + text);
            assertTrue(module < lines.indexOf(SlurmScripts.javaCheck().get(0)), "before the Java check: " + text);
        }
    }

    @Test
    void theSignalIsPassedOnToTheSweepWhichStopsAndTheTaskRequeuesItself() {
        List<String> signalled = lines(withSite(SlurmSite.of(List.of(), null, null, "USR2@600", false, null)).array());
        assertTrue(signalled.contains("#SBATCH --signal=B:USR2@600"), signalled.toString());
        assertFalse(signalled.contains("#SBATCH --requeue"), signalled.toString());
        assertTrue(signalled.stream().anyMatch(l -> l.endsWith(" --stop-on USR2 &")), signalled.toString());
        assertTrue(signalled.contains("trap 'warned=1; kill -s USR2 \"$pid\" 2>/dev/null || true' USR2"),
                signalled.toString());
        assertFalse(signalled.stream().anyMatch(l -> l.contains("scontrol")), signalled.toString());
        assertEquals("exit \"$code\"", signalled.get(signalled.size() - 1));

        List<String> requeued = lines(withSite(SlurmSite.of(List.of(), null, null, "300", true, null)).array());
        assertTrue(requeued.contains("#SBATCH --signal=B:USR1@300"), "USR1 by default: " + requeued);
        assertTrue(requeued.contains("#SBATCH --requeue"), requeued.toString());
        assertTrue(requeued.contains("#SBATCH --open-mode=append"), "both starts in one log: " + requeued);
        assertTrue(requeued.contains("    exec scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\""),
                requeued.toString());
        assertTrue(requeued.contains("if [ \"$code\" -eq 3 ] && [ -n \"$warned\" ]; then"), "only a task the signal "
                + "stopped: " + requeued);
        assertTrue(requeued.contains("shard_runs='/data/results/wagner'/\"shard-$SLURM_ARRAY_TASK_ID-of-8/runs.csv\""),
                requeued.toString());
    }

    @Test
    void theScratchFolderIsExpandedOnTheNodeAndChecked() {
        List<String> array = lines(withSite(SlurmSite.of(List.of(), null, null, null, false, "$TMPDIR/sahelsim"))
                .array());
        int assigned = array.indexOf("scratch=\"$TMPDIR/sahelsim\"");
        assertTrue(assigned > 0 && assigned < array.indexOf("set -eu"), array.toString());
        assertTrue(array.contains("if [ -z \"$scratch\" ] || [ ! -d \"$scratch\" ]; then"), array.toString());
        assertTrue(array.get(array.size() - 1).endsWith(" --scratch \"$scratch\""), array.toString());
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
