package sahelsim.sweep.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated submit script run against a stand-in sbatch, alone on the PATH, that records its arguments and
 * answers as {@code sbatch --parsable} does (a job id, with the cluster's name after a semicolon on a federation).
 */
class SlurmSubmitterTest {

    /** A stand-in sbatch in {@code dir/bin}, logging each call's arguments as a line of {@code dir/calls}. */
    static Path fakeSbatch(Path dir, String answer) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sbatch = Files.writeString(bin.resolve("sbatch"), "#!/bin/sh\necho \"$*\" >> '" + dir.resolve("calls")
                + "'\n" + answer + "\n");
        Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** Answers 101 (on cluster north) to the array, 102 to the merge. */
    static final String JOB_IDS = "case \"$*\" in *--dependency*) echo 102 ;; *) echo '101;north' ;; esac";

    private static Path scripts(Path dir) throws IOException {
        SlurmJob job = new SlurmJob("wagner", 160, dir.resolve("wagner.yaml"), dir.resolve("results"), 8, null, null,
                1, 10);
        return new SlurmScripts(job).write(Files.write(dir.resolve("program.jar"), new byte[] {1}));
    }

    @Test
    void theArrayIsSubmittedThenTheMergeAfterItsSuccess(@TempDir Path dir) throws IOException {
        Path submit = scripts(dir);
        SlurmSubmitter submitter = new SlurmSubmitter(Map.of("PATH", fakeSbatch(dir, JOB_IDS).toString()));
        assertEquals(dir.resolve("bin/sbatch"), submitter.sbatch());
        SlurmSubmitter.Outcome outcome = submitter.submit(submit);
        assertEquals(0, outcome.exitCode(), outcome.toString());
        Path scripts = dir.resolve("results/slurm");
        assertEquals(List.of("--parsable " + scripts.resolve("sweep.sbatch"),
                "--parsable --dependency=afterok:101 --kill-on-invalid-dep=yes " + scripts.resolve("merge.sbatch")),
                Files.readAllLines(dir.resolve("calls")));
        assertTrue(outcome.out().contains("as job array 101 (tasks 0-7 of 0-7)"), outcome.out());
        assertTrue(outcome.out().contains("the merge as job 102"), outcome.out());
        assertTrue(outcome.out().contains("squeue -j 101,102"), outcome.out());
    }

    @Test
    void failedTasksAreSubmittedAgainAloneWithANewMerge(@TempDir Path dir) throws IOException {
        ProcessBuilder again = new ProcessBuilder("/bin/sh", scripts(dir).toString(), "3,5");
        again.environment().put("PATH", fakeSbatch(dir, JOB_IDS).toString());
        assertEquals(0, run(again), "sh submit.sh 3,5");
        Path scripts = dir.resolve("results/slurm");
        assertEquals(List.of("--parsable --array=3,5 " + scripts.resolve("sweep.sbatch"),
                "--parsable --dependency=afterok:101 --kill-on-invalid-dep=yes " + scripts.resolve("merge.sbatch")),
                Files.readAllLines(dir.resolve("calls")));
    }

    @Test
    void sbatchsRefusalEndsTheSubmissionWithItsMessage(@TempDir Path dir) throws IOException {
        Path submit = scripts(dir);
        SlurmSubmitter submitter = new SlurmSubmitter(Map.of("PATH", fakeSbatch(dir,
                "echo 'sbatch: error: invalid partition specified: nope' >&2; exit 1").toString()));
        SlurmSubmitter.Outcome outcome = submitter.submit(submit);
        assertTrue(outcome.exitCode() != 0);
        assertEquals("sbatch: error: invalid partition specified: nope\n", outcome.err());
        assertEquals(1, Files.readAllLines(dir.resolve("calls")).size(), "no merge without its array");
    }

    @Test
    void noSbatchOnThePathIsSeenBeforeSubmitting(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertNull(new SlurmSubmitter(Map.of("PATH", empty + ":" + dir.resolve("missing"))).sbatch());
        assertNull(new SlurmSubmitter(Map.of()).sbatch());
        Path notExecutable = Files.writeString(Files.createDirectories(dir.resolve("plain")).resolve("sbatch"), "");
        assertNull(new SlurmSubmitter(Map.of("PATH", notExecutable.getParent().toString())).sbatch());
    }

    private static int run(ProcessBuilder builder) throws IOException {
        try {
            return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
