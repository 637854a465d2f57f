package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sahelsim.io.BuildInfo;

class MainTest {

    @Test
    void helpListsEveryCommandWithItsOneLineHeader() {
        Cli cli = Cli.run("--help");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        CommandLine cmd = Main.commandLine();
        assertFalse(cmd.getSubcommands().isEmpty());
        String listing = cli.out.replaceAll("\\s+", " ");
        for (var entry : cmd.getSubcommands().entrySet()) {
            String[] header = entry.getValue().getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, entry.getKey() + " has a header of one line");
            assertTrue(listing.contains(entry.getKey()) && listing.contains(header[0]),
                    "help does not list " + entry.getKey() + " with its header\n" + cli);
        }
    }

    @Test
    void theHelpCommandShowsACommandsHelp() {
        Cli cli = Cli.run("help", "run");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("Usage: sahelsim run"), cli.out);
        assertTrue(cli.out.contains("--from-sweep=DIR"), cli.out);
    }

    /** Every command lists -V, --version in its help; each printed nothing but the top command's. */
    @Test
    void everyCommandPrintsTheVersion() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Cli cli = Cli.run(command, "--version");
            assertEquals(ExitCodes.OK, cli.exitCode, command);
            assertTrue(cli.out.contains(BuildInfo.version()), command + " --version: " + cli.out);
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
