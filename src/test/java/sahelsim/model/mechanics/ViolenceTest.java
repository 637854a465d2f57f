package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.agents.Population;
import sahelsim.scenario.Scenario;

/**
 * Indiscriminate violence in hand-made situations on the first day of the classroom scenario: whose abuse rate
 * an operation carries, and whose civilian affinity a massacre moves.
 */
class ViolenceTest {

    private static final Path SHORT = Path.of("src/test/resources/scenarios/classroom-test.yaml");

    private final List<ModelEvent> events = new ArrayList<>();

    private SahelModel started(String... settings) {
        Scenario scenario = ScenarioLoader.shipped().load(SHORT,
                Arrays.stream(settings).map(ScenarioLoader.Setting::parse).toList());
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        model.setEventSink(events::add);
        model.start();
        return model;
    }

    @Test
    void aUnitThatFoughtBesideWagnerCarriesItsAbuseOnlyWhileWagnerIsWithIt() {
        // FAMa never turns an operation into a massacre on its own; the contractors always do.
        SahelModel model = started("factions.fama.behaviour.indiscriminateViolence=0", "wagner.abuse=1",
                "factions.minusma.behaviour.civilianProtection=0");
        int fama = model.factionIndex("fama");
        int wagner = model.wagnerFaction();
        int sevare = model.townIndex("sevare");
        int here = model.town(sevare).cell();
        ArmedUnit column = model.world().newUnit(fama, 300, here, sevare);
        ArmedUnit contractors = model.world().newUnit(wagner, 150, here, sevare);
        ArmedUnit band = model.world().newUnit(model.factionIndex("jnim"), 100, here, sevare);
        Combat.Battle battle = model.combat().clash(column, band);
        assertTrue(battle.attackers().contains(contractors), "the contractors fought beside the column");

        int far = hostileCellFarFrom(model, fama, wagner, 100);
        column.moveTo(far);
        assertEquals(0, model.violence().operation(column, far),
                "alone, 100+ km from any contractor, the column carries FAMa's own rate only (0)");

        ArmedUnit resting = model.world().newUnit(wagner, 150, far, sevare);
        assertEquals(0, model.violence().operation(column, far), "contractors resting nearby do not come along");

        resting.assign(Mission.CLEAR, model.grid().nearestTown(far), far, -1);
        int before = events.size();
        assertTrue(model.violence().operation(column, far) > 0, "with contractors beside it, their abuse applies");
        assertTrue(events.subList(before, events.size()).stream()
                .anyMatch(e -> e.notes().startsWith("mass killing") && e.notes().contains("with Wagner")), "" + events);
    }

    @Test
    void aMassacreByAnInsurgentLeavesForeignAndContractorAffinityUnchanged() {
        SahelModel model = started("factions.jnim.behaviour.indiscriminateViolence=1",
                "factions.minusma.behaviour.civilianProtection=0");
        int gao = model.townIndex("gao");
        int cell = model.town(gao).cell();
        int barkhane = model.factionIndex("barkhane");
        int minusma = model.factionIndex("minusma");
        int wagner = model.wagnerFaction();
        int fama = model.factionIndex("fama");
        assertTrue(model.world().garrisonOf(barkhane, gao) != null, "Barkhane is at Gao");
        model.world().newUnit(wagner, 150, cell, gao);
        ArmedUnit band = model.world().newUnit(model.factionIndex("jnim"), 100, cell, gao);
        float[][] before = {affinities(model, barkhane), affinities(model, minusma), affinities(model, wagner)};
        double famaBefore = sum(affinities(model, fama));

        assertTrue(model.violence().operation(band, cell) > 0, "the band's operation at Gao turned into a massacre");

        assertArrayEquals(before[0], affinities(model, barkhane), "Barkhane's affinity");
        assertArrayEquals(before[1], affinities(model, minusma), "MINUSMA's affinity");
        assertArrayEquals(before[2], affinities(model, wagner), "the contractors' affinity");
        assertTrue(sum(affinities(model, fama)) > famaBefore, "the backlash still favours the state");
    }

    private static float[] affinities(SahelModel model, int faction) {
        Population pop = model.population();
        float[] out = new float[pop.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pop.affinity(faction, i);
        }
        return out;
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }

    /**
     * The first populated land cell where a faction hostile to {@code faction} has at least 30% of the armed
     * influence, farther than {@code km} from every unit and garrison of {@code absent}.
     */
    private static int hostileCellFarFrom(SahelModel model, int faction, int absent, double km) {
        Grid grid = model.grid();
        for (int i = 0; i < grid.landCellCount(); i++) {
            int cell = grid.landCell(i);
            if (model.population().residents(i) < 1000 || !hostileShare(model, faction, i)) {
                continue;
            }
            boolean far = true;
            for (ArmedUnit u : model.units()) {
                far &= u.faction() != absent || grid.kmApprox(u.cell(), cell) > km;
            }
            for (Garrison g : model.garrisons()) {
                far &= g.faction() != absent || grid.kmApprox(model.town(g.town()).cell(), cell) > km;
            }
            if (far) {
                return cell;
            }
        }
        throw new AssertionError("no populated hostile cell " + km + " km from faction " + absent);
    }

    private static boolean hostileShare(SahelModel model, int faction, int i) {
        for (int f = 0; f < model.factions().size(); f++) {
            if (model.relations().hostile(faction, f) && model.control().share(f, i) >= 0.3) {
                return true;
            }
        }
        return false;
    }
}
