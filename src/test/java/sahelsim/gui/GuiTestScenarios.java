package sahelsim.gui;

import java.nio.file.Path;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/** The window tests' short scenario, and headless runs of a given number of days to compare with. */
final class GuiTestScenarios {

    static final Path SHORT = Path.of("src/test/resources/scenarios/classroom-test.yaml");
    /** The short scenario with a lesson: a note on 5 January, and questions. */
    static final Path LESSON = Path.of("src/test/resources/scenarios/classroom-lesson-test.yaml");

    private GuiTestScenarios() {
    }

    static Scenario load(Path file) {
        return ScenarioLoader.shipped().load(file);
    }

    static Grid grid(Scenario scenario) {
        return ShippedGeography.grid(scenario.resolution());
    }

    /** The digest of a headless run of the first {@code days} days. */
    static String headless(Scenario scenario, long seed, int days) {
        SahelModel model = new SahelModel(scenario, grid(scenario), seed);
        Observer observer = Observer.attach(model);
        model.start();
        for (int d = 0; d < days; d++) {
            model.schedule.step(model);
        }
        return RunDigest.of(observer.record(), observer.log(), days);
    }
}
