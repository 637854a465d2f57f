package sahelsim.model.rebellion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.World;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Population;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/**
 * The rebellion tests' world (src/test/resources/scenarios/rebellion.yaml, 0.2 degree): the state, its contractors,
 * a militia on its side, a foreign force and JNIM, nothing on the map until a test posts garrisons, and every cell of
 * a region as hard up as the next. A started model, whose events go to {@link #events}.
 */
final class RebellionWorld {

    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/rebellion.yaml");

    final SahelModel model;
    final World world;
    final Rebellion rebellion;
    final Representatives civilians;
    final Population pop;
    final List<ModelEvent> events = new ArrayList<>();
    /** The observer, when the world was made {@link #observed}; its event log then holds the events. */
    final Observer observer;

    RebellionWorld(long seed, String... settings) {
        this(false, seed, settings);
    }

    private RebellionWorld(boolean observed, long seed, String... settings) {
        Scenario scenario = ScenarioLoader.shipped().load(SCENARIO,
                Arrays.stream(settings).map(ScenarioLoader.Setting::parse).toList());
        model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), seed);
        if (observed) {
            observer = Observer.attach(model);
        } else {
            observer = null;
            model.setEventSink(events::add);
        }
        model.start();
        world = model.world();
        rebellion = model.rebellion();
        civilians = rebellion.representatives();
        pop = model.population();
    }

    /** A world whose days the observer records, as a run does. */
    static RebellionWorld observed(long seed, String... settings) {
        return new RebellionWorld(true, seed, settings);
    }

    int faction(String id) {
        return model.factionIndex(id);
    }

    /** The land index of a town's cell. */
    int at(String town) {
        return model.grid().landIndex(model.town(model.townIndex(town)).cell());
    }

    Garrison post(String faction, String town, int troops) {
        return world.newGarrison(faction(faction), model.townIndex(town), troops, 0.3, 60, null);
    }

    /** Runs one whole day of the model. */
    void day() {
        model.schedule.step(model);
    }

    /** Whether a representative of cell i is active by rule A with an arrest estimate of p. */
    boolean activeByRule(int i, int k, double p) {
        return activeByRule(i, k, p, pop.legitimacy(i));
    }

    /** Whether a representative of cell i is active by rule A with an arrest estimate of p and legitimacy l. */
    boolean activeByRule(int i, int k, double p, double l) {
        double h = Representatives.hardship(pop.hardship(i), civilians.hardshipRank(k));
        return RebellionRules.grievance(h, l) - civilians.riskAversion(k) * p > rebellion.rules().threshold();
    }

    /** The share of a cell's people at home who are active. */
    double activeShare(int i) {
        return (double) rebellion.activePeople(i) / pop.residents(i);
    }

    List<ModelEvent> events(EventKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}
