package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.scenario.Scenario;

/** The ticker tells what a class should notice and leaves the routine fighting to events.csv. */
class NewsLinesTest {

    private static SahelModel model;
    private static int fama;
    private static int jnim;
    private static int boni;

    @BeforeAll
    static void startAModel() {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        model = new SahelModel(scenario, GuiTestScenarios.grid(scenario), 1);
        model.start();
        fama = model.factionIndex("fama");
        jnim = model.factionIndex("jnim");
        boni = model.townIndex("boni");
    }

    private static ModelEvent event(EventKind kind, int actor1, int actor2, int civilians, String notes) {
        return new ModelEvent(9, kind, actor1, actor2, model.town(boni).cell(), boni, 0, 0, civilians, notes);
    }

    @Test
    void aTownTakenNamesTakerTownAndLoserWithShortNames() {
        NewsLines.Line h = NewsLines.of(event(EventKind.TERRITORY_TAKEN, jnim, fama, 0, "assault on Boni"), model);
        assertEquals("JNIM takes Boni from FAMa", h.text());
        assertEquals(LocalDate.of(2022, 1, 10), h.date());
        assertEquals(jnim, h.faction());
    }

    @Test
    void onlyLargeMassacresAreHeadlines() {
        assertNull(NewsLines.of(event(EventKind.CIVILIANS_ATTACKED, jnim, ModelEvent.CIVILIANS,
                NewsLines.LARGE_MASSACRE - 1, "mass killing"), model));
        assertEquals("40 civilians killed near Boni by JNIM", NewsLines.of(event(EventKind.CIVILIANS_ATTACKED, jnim,
                ModelEvent.CIVILIANS, NewsLines.LARGE_MASSACRE, "mass killing"), model).text());
    }

    @Test
    void blockadesHandOversAndCoalitionsAreToldButConvoysAndBattlesAreNot() {
        assertEquals("Blockade of Boni begins", NewsLines.of(event(EventKind.BLOCKADE_BEGINS, jnim, fama, 0,
                "blockade of Boni begins"), model).text());
        assertNull(NewsLines.of(event(EventKind.CONVOY_TURNED_BACK, jnim, fama, 0,
                "blockade of Boni: a supply convoy was turned back"), model));
        assertEquals("FAMa takes over the Barkhane base at Gossi", NewsLines.of(event(EventKind.TRANSFER, fama, -1, 0,
                "FAMa (Malian army) takes over the Barkhane (France) base at Gossi"), model).text());
        assertEquals("Coalition csp-jnim of CSP and JNIM forms (tactical)", NewsLines.of(event(EventKind.AGREEMENT,
                jnim, fama, 0, "coalition csp-jnim of CSP (Tuareg rebels) and JNIM (al-Qaeda) forms (tactical)"),
                model).text());
        assertNull(NewsLines.of(event(EventKind.ARMED_CLASH, jnim, fama, 0, "clash near Boni"), model));
        assertNull(NewsLines.of(event(EventKind.IED, jnim, fama, 0, "ambush"), model));
    }
}
