package sahelsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;

/** The scenario files of a folder, each with its name and description, or the reason it cannot be opened. */
final class ScenarioCatalog {

    /** One file: {@code scenario} is null and {@code problem} says why when the file does not load. */
    record Entry(Path file, Scenario scenario, String problem) {

        String title() {
            return scenario != null ? scenario.name() : file.getFileName() + " (cannot be opened)";
        }

        /** The description and the period, or the problem. */
        String text() {
            return scenario != null ? scenario.description().strip() + "\n\nFrom " + scenario.start() + " to "
                    + scenario.end() + "." : problem;
        }
    }

    private ScenarioCatalog() {
    }

    /** Every {@code *.yaml} file of the folder, by file name; an empty list when there is no such folder. */
    static List<Entry> list(Path folder) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return out;
        }
        ScenarioLoader loader = ScenarioLoader.shipped();
        for (Path file : files) {
            try {
                out.add(new Entry(file, loader.load(file), null));
            } catch (ScenarioError e) {
                out.add(new Entry(file, null, e.getMessage()));
            }
        }
        return out;
    }
}
