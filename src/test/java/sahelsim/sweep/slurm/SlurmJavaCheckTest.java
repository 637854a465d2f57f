package sahelsim.sweep.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java check at the start of each job, run by the shell as a task would run it, with a stand-in java first on
 * a PATH that holds only the tools the scripts use: a missing or old java stops the job with a message saying
 * which java was found and that 17 or newer is needed; Java 17 runs the program.
 */
class SlurmJavaCheckTest {

    private record Ended(int code, String out, String err) {
    }

    private static final SlurmJob JOB = new SlurmJob("wagner", 160, Path.of("/data/sweeps/wagner.yaml"),
            Path.of("/data/results/wagner"), 8, null, null, 1, 10);

    @Test
    void noJavaOnThePathStopsTheTaskSayingWhatToDo(@TempDir Path dir) throws Exception {
        Ended ended = runTask(dir, null);
        assertEquals(1, ended.code(), ended.toString());
        assertTrue(ended.err().startsWith("sahelsim: no java on the PATH of this job on node "), ended.err());
        assertTrue(ended.err().contains("sahelsim needs Java 17 or newer"), ended.err());
        assertTrue(ended.err().contains("--preamble 'module load java/17'"), ended.err());
        assertTrue(ended.err().contains("SBATCH_EXPORT=NONE"), ended.err());
    }

    @Test
    void anOldJavaStopsTheTaskNamingItAndItsVersion(@TempDir Path dir) throws Exception {
        for (String version : List.of("openjdk version \"11.0.21\" 2023-10-17", "java version \"1.8.0_392\"")) {
            Ended ended = runTask(dir, version);
            assertEquals(1, ended.code(), ended.toString());
            String shown = version.replaceAll(".*\"(.*)\".*", "$1");
            assertTrue(ended.err().contains(", " + dir.resolve("bin/java") + ", is version " + shown + "; sahelsim "
                    + "needs Java 17 or newer"), ended.err());
            assertFalse(ended.out().contains("ran java"), "the program did not start: " + ended.out());
        }
    }

    @Test
    void javaSeventeenOrNewerRunsTheProgram(@TempDir Path dir) throws Exception {
        for (String version : List.of("openjdk version \"17.0.15\" 2025-04-15", "openjdk version \"21\" 2023-09-19")) {
            Ended ended = runTask(dir, version);
            assertEquals(0, ended.code(), ended.toString());
            assertTrue(ended.out().startsWith("ran java -jar /data/results/wagner/slurm/sahelsim.jar sweep "
                    + "/data/sweeps/wagner.yaml"),
                    ended.out());
            assertTrue(ended.out().contains("--shard 5/8"), ended.out());
        }
    }

    /** Runs task 5's script with sh; {@code version} is the stand-in java's first line, or null for no java. */
    private static Ended runTask(Path dir, String version) throws IOException, InterruptedException {
        Path bin = dir.resolve("bin");
        if (Files.exists(bin)) {
            try (var entries = Files.list(bin)) {
                for (Path p : entries.toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.createDirectories(bin);
        }
        for (String tool : List.of("sed", "uname")) {
            Files.createSymbolicLink(bin.resolve(tool), tool(tool));
        }
        if (version != null) {
            Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n"
                    + "if [ \"$1\" = -version ]; then echo '" + version + "' >&2; exit 0; fi\n"
                    + "echo \"ran java $*\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path script = Files.writeString(dir.resolve("sweep.sbatch"), new SlurmScripts(JOB).array());
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", script.toString());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("SLURM_ARRAY_TASK_ID", "5");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script did not end");
        return new Ended(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path tool(String name) {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " is in neither /usr/bin nor /bin");
    }
}
