package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.model.ModelEvent;
import sahelsim.observe.Simulation;

/**
 * The directions of the main effects, over ten seeds of the shipped scenarios (means, not single runs):
 * withdrawal raises armed-group control; heavy Wagner kills more civilians on the state's side, feeds JNIM's
 * recruitment and buys no lasting control; a full CSP-JNIM coalition controls more, never fights itself and
 * brings the front closer to Bamako.
 */
class ScenarioDirectionsTest {

    private static final int SEEDS = 10;

    private static List<Simulation.Result> runs(String name) {
        return ScenarioRuns.run("scenarios/" + name + ".yaml", SEEDS);
    }

    private static double mean(String name, String outcome) {
        return ScenarioRuns.mean(runs(name), outcome);
    }

    @Test
    void withdrawalRaisesArmedGroupControl() {
        String share = "armed_group_population_share_at:2024-12-31";
        double withdrawn = mean("historical-2022", share);
        double stayed = mean("no-withdrawal", share);
        assertTrue(withdrawn > stayed, "zones 4-5 at end 2024: historical " + withdrawn + " vs no-withdrawal " + stayed);
        assertTrue(mean("early-withdrawal", share) > withdrawn, "an earlier withdrawal should raise it further");
    }

    @Test
    void heavyWagnerKillsMoreCiviliansFeedsJnimAndBuysNoLastingControl() {
        double heavyCivilians = mean("wagner-heavy", "civilian_deaths_total:fama")
                + mean("wagner-heavy", "civilian_deaths_total:wagner");
        double noneCivilians = mean("no-wagner", "civilian_deaths_total:fama")
                + mean("no-wagner", "civilian_deaths_total:wagner");
        assertTrue(heavyCivilians > 1.3 * noneCivilians,
                "state-side civilian deaths: heavy Wagner " + heavyCivilians + " vs none " + noneCivilians);
        double heavyRecruits = mean("wagner-heavy", "recruits_total:jnim");
        double noneRecruits = mean("no-wagner", "recruits_total:jnim");
        assertTrue(heavyRecruits > noneRecruits, "JNIM recruits: heavy " + heavyRecruits + " vs none " + noneRecruits);
        double heavyState = mean("wagner-heavy", "control_share_population_end:fama");
        double noneState = mean("no-wagner", "control_share_population_end:fama");
        assertTrue(heavyState <= noneState + 0.02,
                "state control at the end: heavy Wagner " + heavyState + " vs none " + noneState);
    }

    @Test
    void aFullCoalitionControlsMoreNeverFightsItselfAndBringsTheFrontCloser() {
        double full = mean("full-coalition", "control_share_population_end:csp")
                + mean("full-coalition", "control_share_population_end:jnim");
        double none = mean("no-coalition", "control_share_population_end:csp")
                + mean("no-coalition", "control_share_population_end:jnim");
        assertTrue(full > none, "CSP+JNIM control at the end: full coalition " + full + " vs none " + none);
        for (Simulation.Result r : runs("full-coalition")) {
            int csp = r.scenario().factionIndex("csp");
            int jnim = r.scenario().factionIndex("jnim");
            long fights = r.events().events().stream().filter(e -> e.kind().violent()
                    && ((e.actor1() == csp && e.actor2() == jnim) || (e.actor1() == jnim && e.actor2() == csp))).count();
            assertEquals(0, fights, "CSP and JNIM fought each other under one flag (seed " + r.seed() + ")");
        }
        double fullFront = mean("full-coalition", "bamako_front_p10_km_mean");
        double noneFront = mean("no-coalition", "bamako_front_p10_km_mean");
        assertTrue(fullFront < noneFront, "front from Bamako: full coalition " + fullFront + " km vs none " + noneFront);
    }

    @Test
    void theNoCoalitionRunsDoSeeTheTwoFight() {
        // Without this the test above could pass vacuously.
        long fights = runs("no-coalition").stream().mapToLong(r -> r.events().events().stream()
                .filter(e -> e.kind().violent() && isPair(r, e, "csp", "jnim")).count()).sum();
        assertTrue(fights > 0, "CSP and JNIM never met in ten runs without a coalition");
    }

    private static boolean isPair(Simulation.Result r, ModelEvent e, String a, String b) {
        int x = r.scenario().factionIndex(a);
        int y = r.scenario().factionIndex(b);
        return (e.actor1() == x && e.actor2() == y) || (e.actor1() == y && e.actor2() == x);
    }
}
