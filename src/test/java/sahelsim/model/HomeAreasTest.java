package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioFiles;

/** A faction's home areas on the shipped map: `town:` names a town's district, `region:` a whole region. */
class HomeAreasTest {

    private static SahelModel started(String homeAreas) {
        Scenario scenario = ScenarioFiles.build(ScenarioFiles.HEADER + """
                factions:
                  - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
                  - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00",
                     homeAreas: %s}
                """.formatted(homeAreas));
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        model.start();
        return model;
    }

    private static List<String> homeTownIds(SahelModel model, String faction) {
        return model.world().homeTowns(model.factionIndex(faction)).stream()
                .map(t -> model.town(t).town().id()).toList();
    }

    private static int homeCells(SahelModel model, String faction) {
        int f = model.factionIndex(faction);
        int n = 0;
        for (int i = 0; i < model.population().size(); i++) {
            n += model.world().inHomeArea(f, model.grid().landCell(i)) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theTownOfGaoIsOneTownAndTheRegionOfGaoAllOfItsTowns() {
        SahelModel town = started("[town:gao]");
        SahelModel region = started("[region:gao]");
        assertEquals(List.of("gao"), homeTownIds(town, "jnim"));
        assertEquals(List.of("gao", "bourem", "bamba", "ansongo", "tessit"), homeTownIds(region, "jnim"));
        int townCells = homeCells(town, "jnim");
        int regionCells = homeCells(region, "jnim");
        assertTrue(townCells > 0 && townCells < regionCells / 3, "Gao's district, " + townCells
                + " cells, is a small part of its region, " + regionCells + " cells");
    }

    @Test
    void inTheHistoricalScenarioTheStatesHomeIsItsFiveTownsAndJnimsItsFourRegions() {
        SahelModel model = new SahelModel(ScenarioRuns.load("scenarios/historical-2022.yaml"),
                ShippedGeography.grid(0.1), 1);
        model.start();
        assertEquals(List.of("timbuktu", "gao", "mopti", "sevare", "segou"), homeTownIds(model, "fama"));
        List<String> jnim = homeTownIds(model, "jnim");
        assertEquals(29, jnim.size(), "every town of Mopti, Tombouctou, Ségou and Gao: " + jnim);
    }
}
