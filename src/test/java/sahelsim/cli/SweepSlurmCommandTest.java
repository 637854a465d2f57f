package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

/** sahelsim sweep --slurm: the job it writes and says how to submit, its refusals, and --submit with sbatch. */
class SweepSlurmCommandTest {

    @Test
    void theJobIsWrittenIntoTheSweepFolderWithHowToSubmitIt(@TempDir Path dir) throws IOException {
        Path file = TestSweeps.lhs(dir);
        Path jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1});
        Path out = dir.resolve("lhs");
        Cli cli = Cli.run("sweep", file.toString(), "--slurm", "--array-size", "4", "--partition", "debug", "--time",
                "00:30:00", "--cpus-per-task", "2", "--jar", jar.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        Path scripts = out.resolve("slurm");
        assertTrue(cli.out.contains("lhs-test: 16 runs as a Slurm job array of 4 tasks (up to 4 runs each, 2 CPUs "
                + "each); files in " + scripts), cli.out);
        assertTrue(cli.out.contains("Submit them with: sh " + scripts.resolve("submit.sh")), cli.out);
        assertTrue(cli.out.contains("sbatch --array=K " + scripts.resolve("sweep.sbatch")), cli.out);
        String array = Files.readString(scripts.resolve("sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-3\n"), array);
        assertTrue(array.contains("#SBATCH --partition=debug\n#SBATCH --time=00:30:00\n"), array);
        assertTrue(array.contains("sweep '" + file.toAbsolutePath() + "'"), "the sweep file, absolute: " + array);
        assertTrue(array.contains("--out '" + out.toAbsolutePath() + "'"), array);
        assertTrue(Files.exists(scripts.resolve("sahelsim.jar")));
        assertFalse(Files.exists(out.resolve("runs.csv")), "nothing runs here");
    }

    @Test
    void theSiteOptionsReachTheScripts(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1});
        Path out = dir.resolve("lhs");
        Cli cli = Cli.run("sweep", TestSweeps.lhs(dir).toString(), "--slurm", "--jar", jar.toString(), "--out",
                out.toString(), "--preamble", "module load java/17", "--mem", "1G", "--merge-mem", "3G", "--signal",
                "120", "--requeue", "--scratch", "$TMPDIR", "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        String array = Files.readString(out.resolve("slurm/sweep.sbatch"));
        for (String line : List.of("module load java/17", "#SBATCH --mem=1G", "#SBATCH --signal=B:USR1@120",
                "#SBATCH --requeue", "scratch=\"$TMPDIR\"")) {
            assertTrue(array.contains("\n" + line + "\n"), line + " in " + array);
        }
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains("\n#SBATCH --mem=3G\n"), merge);
        assertTrue(merge.contains("\nmodule load java/17\n"), merge);
    }

    @Test
    void tenTasksByDefaultOrOnePerRunWhenFewer(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1});
        Cli lhs = Cli.run("sweep", TestSweeps.lhs(dir).toString(), "--slurm", "--jar", jar.toString(), "--out",
                dir.resolve("lhs").toString(), "--quiet");
        assertEquals(ExitCodes.OK, lhs.exitCode, lhs.toString());
        assertEquals("", lhs.out);
        assertTrue(Files.readString(dir.resolve("lhs/slurm/sweep.sbatch")).contains("#SBATCH --array=0-9\n"));
        Cli failing = Cli.run("sweep", TestSweeps.withFailures(dir).toString(), "--slurm", "--jar", jar.toString(),
                "--out", dir.resolve("failing").toString());
        assertEquals(ExitCodes.OK, failing.exitCode, failing.toString());
        assertTrue(failing.out.contains("8 runs as a Slurm job array of 8 tasks (up to 1 run each"), failing.out);
    }

    @Test
    void badCombinationsAreBadInputNamingTheOption(@TempDir Path dir) throws IOException {
        String file = TestSweeps.lhs(dir).toString();
        String jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1}).toString();
        String out = dir.resolve("lhs").toString();
        List<List<String>> cases = List.of(
                List.of("--submit", "--submit: only with --slurm"),
                List.of("--array-size=4", "--array-size: only with --slurm"),
                List.of("--slurm --array-size=0", "--array-size: expected 1 or more array tasks, got 0"),
                List.of("--slurm --array-size=17", "--array-size: expected at most 16 array tasks"),
                List.of("--slurm --time=90", "--time: expected a time limit HH:MM:SS or D-HH:MM:SS"),
                List.of("--slurm --partition=a;b", "--partition: expected a partition name"),
                List.of("--slurm --cpus-per-task=0", "--cpus-per-task: expected 1 or more CPUs"),
                List.of("--slurm --threads=2", "--threads: not with --slurm"),
                List.of("--slurm --shard=0/2", "--shard: not with --slurm"),
                List.of("--slurm --force", "--force: not with --slurm"),
                List.of("--slurm --jar=" + dir.resolve("none.jar"), "--jar: expected the program's jar file"),
                List.of("--mem=1G", "--mem: only with --slurm"),
                List.of("--requeue", "--requeue: only with --slurm"),
                List.of("--preamble=true", "--preamble: only with --slurm"),
                List.of("--slurm --mem=2GB", "--mem: expected a memory size as sbatch --mem takes it"),
                List.of("--slurm --merge-mem=lots", "--merge-mem: expected a memory size"),
                List.of("--slurm --signal=TERM@300", "--signal: expected the seconds before the time limit"),
                List.of("--slurm --signal=0", "--signal: expected the seconds before the time limit"),
                List.of("--slurm --requeue", "--requeue: only with --signal"),
                List.of("--slurm --scratch=$(id)", "--scratch: expected a node-local folder"),
                List.of("--slurm --stop-on=USR1", "--stop-on: not with --slurm"),
                List.of("--stop-on=KILL", "--stop-on: expected a signal name, one of USR1, USR2, TERM, INT, HUP"),
                List.of("--scratch=" + dir.resolve("no-such-folder"), "--scratch: expected an existing folder"));
        for (List<String> c : cases) {
            List<String> args = new ArrayList<>(List.of("sweep", file, "--out", out));
            args.addAll(List.of(c.get(0).split(" ")));
            if (!c.get(0).contains("--jar") && c.get(0).contains("--slurm")) {
                args.add("--jar=" + jar);
            }
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, c + ": " + cli);
            assertTrue(cli.err.startsWith("sahelsim sweep: " + c.get(1)), c + ": " + cli.err);
            assertFalse(cli.err.contains("\tat "), "no stack trace: " + cli.err);
            assertFalse(Files.exists(dir.resolve("lhs/slurm")), c + " wrote the job");
        }
    }

    @Test
    void withoutItsJarTheProgramAsksForOne(@TempDir Path dir) {
        // The tests run from target/classes, not from a jar.
        Cli cli = Cli.run("sweep", TestSweeps.lhs(dir).toString(), "--slurm", "--out", dir.resolve("lhs").toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("--jar: this program does not run from a jar"), cli.err);
    }

    @Test
    void submitRunsSbatchForTheArrayThenTheMerge(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sbatch = Files.writeString(bin.resolve("sbatch"), "#!/bin/sh\necho \"$*\" >> '" + dir.resolve("calls")
                + "'\ncase \"$*\" in *--dependency*) echo 8 ;; *) echo 7 ;; esac\n");
        Files.setPosixFilePermissions(sbatch, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1});
        Path out = dir.resolve("lhs");
        String[] args = {"sweep", TestSweeps.lhs(dir).toString(), "--slurm", "--array-size", "2", "--jar",
            jar.toString(), "--out", out.toString(), "--submit"};

        Result submitted = sahelsim(bin, args);
        assertEquals(ExitCodes.OK, submitted.code, submitted.toString());
        assertTrue(submitted.out.contains("submitted the runs of sweep lhs-test as job array 7 (tasks 0-1 of 0-1)"),
                submitted.out);
        assertTrue(submitted.out.contains("submitted the merge as job 8"), submitted.out);
        assertFalse(submitted.out.contains("Submit them with"), submitted.out);
        Path scripts = out.resolve("slurm");
        assertEquals(List.of("--parsable " + scripts.resolve("sweep.sbatch"),
                "--parsable --dependency=afterok:7 --kill-on-invalid-dep=yes " + scripts.resolve("merge.sbatch")),
                Files.readAllLines(dir.resolve("calls")));

        Result missing = sahelsim(Files.createDirectories(dir.resolve("no-slurm")), args);
        assertEquals(ExitCodes.FAILURE, missing.code, missing.toString());
        assertTrue(missing.err.contains("--submit: sbatch is not on the PATH"), missing.err);
        assertTrue(missing.err.contains("submit it where Slurm is with 'sh " + scripts.resolve("submit.sh") + "'"),
                missing.err);
    }

    @Test
    void theClusterPageDocumentsEveryOption() throws IOException {
        String doc = Files.readString(Path.of("docs/cluster.md"));
        for (var field : SlurmOptions.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                String name = option.names()[0];
                assertTrue(doc.contains("| `" + name + (option.paramLabel().isEmpty() ? "" : " " + option.paramLabel())
                        + "` |"), "docs/cluster.md has no row for " + name);
            }
        }
    }

    private record Result(int code, String out, String err) {
    }

    /** The sahelsim command in a new JVM whose PATH is only {@code path}, as sbatch is looked up there. */
    private static Result sahelsim(Path path, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "sahelsim.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", path.toString());
        Path out = Files.createTempFile(path.getParent(), "out", ".txt");
        Path err = Files.createTempFile(path.getParent(), "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not end");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
