package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.agents.Garrison;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/**
 * A town whose roads are held by a hostile faction is blockaded, its convoys are stopped in battles at the
 * blockade (turned back or destroyed) and its supply falls.
 */
class BlockadeTest {

    private static final String FILE = "src/test/resources/scenarios/blockade.yaml";

    private record Outcome(long blockadeDays, double supply, boolean stopped) {
    }

    private Outcome run(Scenario scenario) {
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 11);
        Observer observer = Observer.attach(model);
        model.runToEnd();
        TownState timbuktu = model.town(model.townIndex("timbuktu"));
        Garrison g = model.world().garrisonOf(model.factionIndex("fama"), timbuktu.index());
        boolean stopped = observer.log().events().stream().map(e -> e.notes())
                .anyMatch(n -> n.contains("convoy forcing the blockade of Timbuktu")
                        && (n.contains("turned back") || n.contains("destroyed")));
        return new Outcome(timbuktu.blockadeDays(), g == null ? 0 : g.supply(), stopped);
    }

    @Test
    void bandsOnTheRoadsBlockadeTheTownAndItsSupplyFalls() {
        Scenario blockading = ScenarioLoader.shipped().load(Path.of(FILE));
        Scenario idle = ScenarioLoader.shipped().load(Path.of(FILE),
                List.of(ScenarioLoader.Setting.parse("factions.jnim.strength=0")));
        Outcome blockaded = run(blockading);
        Outcome free = run(idle);
        assertTrue(blockaded.blockadeDays() > 30, "blockaded only " + blockaded.blockadeDays() + " days");
        assertTrue(blockaded.stopped(), "no convoy was stopped at the blockade");
        assertTrue(free.blockadeDays() == 0 && !free.stopped());
        assertTrue(blockaded.supply() < free.supply() - 10,
                "supply " + blockaded.supply() + " under blockade vs " + free.supply() + " without");
    }
}
