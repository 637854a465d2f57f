package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The epstein command through the real parser: its files, their bytes, its refusals and its help. */
class EpsteinCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSeriesTheOutburstsTheParametersAndTheChart() throws Exception {
        Path out = dir.resolve("fig10");
        Cli cli = Cli.run("epstein", "--decline", "sudden", "--steps", "110", "--seed", "3", "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("Paper's result (sudden drop: a large outburst after it): reproduced"), cli.out);
        List<String> series = Files.readAllLines(out.resolve("epstein.csv"));
        assertEquals("step,measure,value", series.get(0));
        assertEquals(List.of("0,active,0", "0,jailed,0", "0,quiet,1120", "0,legitimacy,0.9"), series.subList(1, 5));
        assertEquals(1 + 111 * 4, series.size());
        assertTrue(series.contains("77,legitimacy,0.7"), "the drop comes at step 77");
        List<String> outbursts = Files.readAllLines(out.resolve("outbursts.csv"));
        assertEquals("outburst,start_step,end_step,peak_step,peak_active,large", outbursts.get(0));
        assertTrue(outbursts.get(1).endsWith(",true"), outbursts.toString());
        assertTrue(Files.readString(out.resolve("parameters.csv")).contains("ratio,whole\n"));
        assertTrue(Files.size(out.resolve("epstein.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("epstein.svg")).contains("<svg"));
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        for (Path out : List.of(a, b)) {
            Cli cli = Cli.run("epstein", "--steps", "60", "--seed", "12", "--out", out.toString(), "--quiet");
            assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
            assertEquals("", cli.out);
        }
        for (String file : List.of("epstein.csv", "outbursts.csv", "parameters.csv", "epstein.svg")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        Path c = dir.resolve("c");
        assertEquals(ExitCodes.OK, Cli.run("epstein", "--steps", "60", "--seed", "13", "--out", c.toString()).exitCode);
        assertFalse(Files.readString(a.resolve("epstein.csv")).equals(Files.readString(c.resolve("epstein.csv"))));
    }

    @Test
    void anEarlierRunIsReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("epstein.csv"), "keep me");
        Cli refused = Cli.run("epstein", "--steps", "5", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("--force"), refused.err);
        assertEquals("keep me", Files.readString(out.resolve("epstein.csv")));
        assertEquals(ExitCodes.OK, Cli.run("epstein", "--steps", "5", "--out", out.toString(), "--force").exitCode);
        assertTrue(Files.readString(out.resolve("epstein.csv")).startsWith("step,measure,value"));
    }

    @Test
    void badOptionsGiveOneLineErrorsAndExitCode2() {
        String out = dir.resolve("bad").toString();
        String[][] cases = {
            {"--legitimacy", "1.5"},
            {"--legitimacy", "high"},
            {"--steps", "0"},
            {"--decline", "slow"},
            {"--decline", "gradual", "--legitimacy", "0.8"},
            {"--from", "0.9"},
            {"--decline", "gradual", "--from", "0.5", "--to", "0.7"},
            {"--decline", "gradual", "--over", "0"},
            {"--decline", "gradual", "--steps", "100"},
            {"--decline", "sudden", "--over", "10"},
            {"--decline", "sudden", "--start", "600"},
            {"--decline", "sudden", "--start", "-1"},
            {"--ratio", "round"}};
        for (String[] options : cases) {
            String[] args = new String[options.length + 3];
            args[0] = "epstein";
            System.arraycopy(options, 0, args, 1, options.length);
            args[options.length + 1] = "--out";
            args[options.length + 2] = out;
            Cli cli = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, String.join(" ", options) + "\n" + cli);
            assertFalse(cli.err.contains("\tat "), cli.err);
            assertTrue(cli.err.startsWith("sahelsim epstein: "), cli.err);
            assertFalse(Files.exists(Path.of(out)), "nothing is written for " + String.join(" ", options));
        }
    }

    @Test
    void theHelpExamplesAreCommandsTheParserAccepts() {
        String help = Main.commandLine().getSubcommands().get("epstein").getUsageMessage(CommandLine.Help.Ansi.OFF);
        Matcher m = Pattern.compile("\\./sahelsim epstein([^#\\n]*)").matcher(help);
        int examples = 0;
        while (m.find()) {
            String[] args = m.group(1).trim().isEmpty() ? new String[0] : m.group(1).trim().split("\\s+");
            String[] command = new String[args.length + 1];
            command[0] = "epstein";
            System.arraycopy(args, 0, command, 1, args.length);
            Main.commandLine().parseArgs(command);
            examples++;
        }
        assertTrue(examples >= 5, help);
    }
}
