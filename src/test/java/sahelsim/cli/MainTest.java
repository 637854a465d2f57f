package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sahelsim.io.BuildInfo;

class MainTest {

    @Test
    void helpListsEveryCommandWithADescription() {
        Cli cli = Cli.run("--help");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        CommandLine cmd = Main.commandLine();
        assertFalse(cmd.getSubcommands().isEmpty());
        for (var entry : cmd.getSubcommands().entrySet()) {
            String description = String.join(" ", entry.getValue().getCommandSpec().usageMessage().description());
            assertFalse(description.isBlank(), entry.getKey() + " has no description");
            assertTrue(cli.out.contains(entry.getKey()), "help does not list " + entry.getKey() + "\n" + cli);
        }
    }

    @Test
    void versionPrintsTheVersionAndTheCommit() {
        Cli cli = Cli.run("--version");
        assertEquals(ExitCodes.OK, cli.exitCode);
        assertTrue(cli.out.contains(BuildInfo.version()), cli.out);
        assertTrue(cli.out.contains("commit " + BuildInfo.commit()), cli.out);
        assertFalse(BuildInfo.version().contains("${"), "version was not stamped at build time");
    }

    @Test
    void anUnknownCommandIsBadInputWithAHintAndNoStackTrace() {
        Cli cli = Cli.run("rnu");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode);
        assertTrue(cli.err.contains("rnu"), cli.err);
        assertTrue(cli.err.contains("--help"), cli.err);
        assertFalse(cli.err.contains("\tat "), "stack trace printed:\n" + cli.err);
        assertTrue(cli.err.lines().count() <= 4, "more than a short hint:\n" + cli.err);
    }

    @Test
    void anUnknownOptionIsBadInput() {
        Cli cli = Cli.run("map", "--colour", "red");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode);
        assertTrue(cli.err.contains("--colour"), cli.err);
    }
}
