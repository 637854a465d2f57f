package sahelsim.sweep.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Submits a sweep's Slurm job by running its submit script, which calls sbatch. The environment is given rather
 * than read here, so that a test can put a stand-in sbatch first on the PATH.
 */
public final class SlurmSubmitter {

    /** What the submit script printed, and how it ended. */
    public record Outcome(int exitCode, String out, String err) {
    }

    private final Map<String, String> environment;

    public SlurmSubmitter(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The sbatch the submit script would run: the first executable one on the PATH, or null. */
    public Path sbatch() {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "sbatch");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs the submit script with {@code sh} and waits for it (sbatch returns as soon as the job is queued). */
    public Outcome submit(Path submitScript) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", submitScript.toString());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("sahelsim-submit", ".out");
        Path err = Files.createTempFile("sahelsim-submit", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = process.waitFor();
            return new Outcome(code, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + submitScript, e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
