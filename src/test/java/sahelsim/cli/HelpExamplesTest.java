package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sahelsim.load.ScenarioLoader;

/** The --set examples the commands' help shows are keys a user can really set. */
class HelpExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("--set\\s+([A-Za-z][\\w.\\-]*=[^\\s,;)]+?)\\.?(?=[\\s,;)]|$)");

    @Test
    void everySetExampleInTheHelpIsAValidOverride() {
        List<String> examples = new ArrayList<>();
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            Matcher m = EXAMPLE.matcher(sub.getUsageMessage(CommandLine.Help.Ansi.OFF));
            while (m.find()) {
                examples.add(m.group(1));
            }
        }
        assertTrue(examples.size() >= 2, "examples found: " + examples);
        ScenarioLoader loader = ScenarioLoader.shipped();
        for (String example : examples) {
            assertDoesNotThrow(() -> loader.load(Path.of("scenarios/historical-2022.yaml"),
                    List.of(ScenarioLoader.Setting.parse(example))), example);
        }
    }
}
