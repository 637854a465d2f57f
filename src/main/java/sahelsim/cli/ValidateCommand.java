package sahelsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.scenario.Problem;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.ScenarioReference;

/** Checks scenario files and prints every problem found. */
@Command(name = "validate", header = "Check scenario files: ok, or every error in them.")
final class ValidateCommand extends SahelsimCommand {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Scenario files to check.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a key before checking (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--reference", description = "Print the reference of every scenario key (Markdown) and exit.")
    private boolean reference;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (reference) {
            out.print(ScenarioReference.markdown(ShippedGeography.geography()));
            out.flush();
            return ExitCodes.OK;
        }
        if (files.isEmpty()) {
            throw new UserError("expected at least one scenario FILE to check");
        }
        ScenarioLoader loader = ScenarioLoader.shipped();
        List<ScenarioLoader.Setting> sets = settings.stream().map(ScenarioLoader.Setting::parse).toList();
        int bad = 0;
        for (Path file : files) {
            try {
                loader.load(file, sets);
                out.println(file + ": ok");
            } catch (ScenarioError e) {
                bad++;
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println(p);
                }
            }
        }
        out.flush();
        spec.commandLine().getErr().flush();
        if (bad > 0) {
            spec.commandLine().getErr().println(bad + " of " + files.size() + " file(s) have errors");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
