package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sahelsim calibrate through the real parser: a short calibration, its files, resumes, refusals and scores. */
class CalibrateCommandTest {

    /** Two targets fitted, one scored out of sample, over the historical scenario squeezed into January 2022. */
    static Path files(Path dir, int particles) throws IOException {
        return files(dir, particles, 4);
    }

    static Path files(Path dir, int particles, int predictive) throws IOException {
        Files.writeString(dir.resolve("targets.yaml"), """
                name: january
                targets:
                  - {id: jnim-recruits, period: early, how: sum, measure: recruits, by: [jnim], from: 2022-01-01, to: 2022-01-20, observed: 300, factor: 1.5, source: a test}
                  - {id: civilians-killed, period: early, how: sum, measure: civilian_deaths, from: 2022-01-01, to: 2022-01-20, observed: 150, factor: 2, source: a test}
                  - {id: kidal-rebel, period: late, how: holder, town: kidal, on: 2022-01-31, holder: [csp], source: a test}
                  - {id: displaced-end, period: late, how: value, measure: displaced, on: 2022-01-31, observed: 400000, factor: 1.5, source: a test}
                """);
        return Files.writeString(dir.resolve("calibrate-test.yaml"), "name: calibrate-test\nbase: " + TestSweeps.JANUARY
                + "\ntargets: targets.yaml\nfit: early\nseed: 5\nparticles: " + particles + "\nkeep: 0.5\n"
                + "generations: 2\npredictive: " + predictive + "\nparameters:\n"
                + "  factions.jnim.behaviour.recruitment: {prior: log-uniform, min: 0.004, max: 0.02}\n"
                + "  wagner.abuse: {prior: uniform, min: 0.2, max: 1.0}\n");
    }

    @Test
    void aShortCalibrationWritesItsTablesChartsAndScores(@TempDir Path dir) throws IOException {
        Path file = files(dir, 6);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("warning: ") && cli.err.contains("6 particles for 2 parameters"), cli.err);
        assertTrue(cli.err.contains("calibrate-test: generation 0 closed in"), cli.err);
        assertTrue(cli.out.contains("calibrate-test: 2 generations and 4 posterior predictive runs"), cli.out);
        assertTrue(cli.out.contains("early (in sample): "), cli.out);
        assertTrue(cli.out.contains("late (out of sample): "), cli.out);
        for (String name : List.of("calibration.json", "particles.csv", "particles.parquet", "generations.csv",
                "generations.parquet", "posterior.csv", "posterior-predictive.csv", "scores.csv",
                "generation-0/proposals.csv", "generation-1/proposals.csv", "predictive/runs.csv",
                "predictive/runs-monthly.csv", "charts/posterior.png", "charts/posterior.svg",
                "charts/predictive-targets.png", "charts/predictive-holders.png", "charts/predictive-displaced.svg")) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        List<String> scores = Files.readAllLines(out.resolve("scores.csv"));
        assertEquals("period,sample,targets,inside,coverage,error_factor_targets,median_error_factor", scores.get(0));
        assertTrue(scores.get(1).startsWith("early,in,2,") && scores.get(2).startsWith("late,out,2,"),
                String.join("\n", scores));
        Cli validate = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--validate", "late");
        assertEquals(ExitCodes.OK, validate.exitCode, validate.toString());
        assertTrue(validate.out.startsWith("calibrate-test, late (out of sample): "), validate.out);
        assertTrue(validate.out.contains("kidal-rebel") && validate.out.contains("displaced-end"), validate.out);
        assertFalse(validate.out.contains("jnim-recruits"), validate.out);
    }

    @Test
    void anotherCalibrationInTheFolderIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli first = Cli.run("calibrate", files(dir, 4, 2).toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, first.exitCode, first.toString());
        String particles = Files.readString(out.resolve("particles.csv"));
        Path other = files(dir, 6, 2);
        Cli refused = Cli.run("calibrate", other.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains(out + " holds another calibration: its particles is 4, not 6. Use --force "
                + "to replace it"), refused.err);
        assertEquals(particles, Files.readString(out.resolve("particles.csv")));
        Cli forced = Cli.run("calibrate", other.toString(), "--out", out.toString(), "--force", "--quiet");
        assertEquals(ExitCodes.OK, forced.exitCode, forced.toString());
        assertFalse(particles.equals(Files.readString(out.resolve("particles.csv"))));
    }

    @Test
    void badInputNamesFileLineAndKey(@TempDir Path dir) throws IOException {
        Path file = files(dir, 8);
        Files.writeString(file, Files.readString(file).replace("fit: early", "fit: middle"));
        Cli cli = Cli.run("calibrate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains(file + ":4:6: fit: the targets file " + dir.resolve("targets.yaml") + " has no "
                + "target of the period 'middle'"), cli.err);
        Cli validate = Cli.run("calibrate", files(dir, 8).toString(), "--out", dir.resolve("none").toString(),
                "--validate", "late");
        assertEquals(ExitCodes.BAD_INPUT, validate.exitCode, validate.toString());
        assertTrue(validate.err.contains("holds no finished calibration"), validate.err);
        Cli unknown = Cli.run("calibrate", files(dir, 8).toString(), "--validate", "2030");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode);
        assertTrue(unknown.err.contains("--validate: the targets file " + dir.resolve("targets.yaml") + " has no "
                + "period '2030'; its periods: early, late"), unknown.err);
        Cli both = Cli.run("calibrate", files(dir, 8).toString(), "--shard", "0/2", "--step");
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode);
        assertTrue(both.err.contains("--step: not with --shard"), both.err);
    }

    /** picocli formats descriptions: a bare percent sign in one is a format error it reports on stderr. */
    @Test
    void theHelpIsFormattedWithoutWarnings() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        String usage;
        try {
            System.setErr(new java.io.PrintStream(caught, true, java.nio.charset.StandardCharsets.UTF_8));
            usage = Main.commandLine().getSubcommands().get("calibrate").getUsageMessage(
                    picocli.CommandLine.Help.Ansi.OFF);
        } finally {
            System.setErr(saved);
        }
        assertEquals("", caught.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(usage.replaceAll("\\s+", " ").contains("(coverage of their 90% intervals, median error factor)"),
                usage);
    }

    @Test
    void theSlurmChainIsWrittenAndTheFolderPrepared(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("sahelsim.jar"), new byte[] {1});
        Path out = dir.resolve("out");
        Path file = files(dir, 8);
        Cli cli = Cli.run("calibrate", file.toString(), "--slurm", "--array-size", "4", "--cpus-per-task", "2",
                "--jar", jar.toString(), "--out", out.toString(), "--mem", "2G", "--merge-mem", "4G");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        Path scripts = out.resolve("slurm");
        assertTrue(cli.out.contains("Submit the first link with: sh " + scripts.resolve("submit.sh")), cli.out);
        assertTrue(Files.exists(out.resolve("calibration.json")), "the folder is claimed before anything is queued");
        String array = Files.readString(scripts.resolve("calibrate.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-3\n#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=2\n"
                + "#SBATCH --mem=2G\n"), array);
        assertTrue(array.contains(" calibrate '" + file.toAbsolutePath() + "' \\\n    --shard \"$SLURM_ARRAY_TASK_ID/4\""
                + " --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\\n    --out '" + out.toAbsolutePath() + "'"), array);
        String step = Files.readString(scripts.resolve("step.sbatch"));
        assertTrue(step.contains("#SBATCH --mem=4G\n"), step);
        assertTrue(step.contains(" --step \\\n"), step);
        assertTrue(step.contains("if [ -f '" + out.toAbsolutePath().resolve("posterior-predictive.csv") + "' ]; then"),
                step);
        assertTrue(step.contains("  exec sh '" + scripts.toAbsolutePath().resolve("submit.sh") + "'"), step);
        String submit = Files.readString(scripts.resolve("submit.sh"));
        assertTrue(submit.contains("step=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes"
                + " \"$dir/step.sbatch\")"), submit);
        Cli signal = Cli.run("calibrate", file.toString(), "--slurm", "--jar", jar.toString(), "--out", out.toString(),
                "--signal", "60");
        assertEquals(ExitCodes.BAD_INPUT, signal.exitCode, signal.toString());
        assertTrue(signal.err.contains("--signal: not for a calibration"), signal.err);
    }
}
