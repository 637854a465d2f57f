package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.model.ModelEvent;
import sahelsim.observe.Simulation;

/**
 * The directions of the main effects, over ten seeds of the shipped scenarios (means, not single runs):
 * withdrawal raises armed-group control; heavy Wagner kills more civilians on the state's side and buys no
 * lasting control, and its abuse feeds the armed groups' recruitment; a full CSP-JNIM coalition assaults together,
 * never fights itself, kills fewer civilians and brings the front closer to Bamako.
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
        // The counterfactuals decide their own turning points (forcing: none), so their like is the free
        // historical scenario, not the one that replays history's offensives.
        double withdrawn = mean("historical-free", share);
        double stayed = mean("no-withdrawal", share);
        assertTrue(withdrawn > stayed, "zones 4-5 at end 2024: historical-free " + withdrawn + " vs no-withdrawal " + stayed);
        assertTrue(mean("early-withdrawal", share) > withdrawn, "an earlier withdrawal should raise it further");
    }

    @Test
    void heavyWagnerKillsMoreCiviliansAndBuysNoLastingControl() {
        double heavyCivilians = mean("wagner-heavy", "civilian_deaths_total:fama")
                + mean("wagner-heavy", "civilian_deaths_total:wagner");
        double noneCivilians = mean("no-wagner", "civilian_deaths_total:fama")
                + mean("no-wagner", "civilian_deaths_total:wagner");
        assertTrue(heavyCivilians > 1.3 * noneCivilians,
                "state-side civilian deaths: heavy Wagner " + heavyCivilians + " vs none " + noneCivilians);
        double heavyState = mean("wagner-heavy", "control_share_population_end:fama");
        double noneState = mean("no-wagner", "control_share_population_end:fama");
        assertTrue(heavyState <= noneState + 0.02,
                "state control at the end: heavy Wagner " + heavyState + " vs none " + noneState);
    }

    /**
     * The contractors' abuse, with their numbers held equal, feeds the armed groups' recruitment (UNDP 2017:
     * 71% of voluntary recruits named a government action as their tipping point; mali-facts 5, fact 5).
     */
    @Test
    void wagnerAbuseFeedsTheArmedGroupsRecruitment() {
        List<Simulation.Result> abusive = runs("wagner-heavy");
        List<Simulation.Result> restrained = ScenarioRuns.run("src/test/resources/scenarios/wagner-heavy-no-abuse.yaml",
                SEEDS);
        double with = insurgentRecruits(abusive);
        double without = insurgentRecruits(restrained);
        assertTrue(with > 1.5 * without, "insurgent recruits: with abuse " + with + " vs without " + without);
        double killedWith = ScenarioRuns.mean(abusive, "civilian_deaths_total:wagner");
        double killedWithout = ScenarioRuns.mean(restrained, "civilian_deaths_total:wagner");
        assertTrue(killedWith > 2 * killedWithout,
                "civilians killed by Wagner: with abuse " + killedWith + " vs without " + killedWithout);
    }

    private static double insurgentRecruits(List<Simulation.Result> runs) {
        return ScenarioRuns.mean(runs, "recruits_total:jnim") + ScenarioRuns.mean(runs, "recruits_total:csp")
                + ScenarioRuns.mean(runs, "recruits_total:issp");
    }

    @Test
    void aFullCoalitionAssaultsTogetherNeverFightsItselfKillsFewerCiviliansAndBringsTheFrontCloser() {
        // Not "controls more": over 30 seeds the CSP and JNIM hold the same share at the end with or without the
        // coalition (0.714 against 0.712, difference -0.035 to +0.042), as docs/scenarios-compared.md finds; what the
        // coalition changes is how the war is fought.
        double fullJoint = mean("full-coalition", "joint_assaults_total:csp");
        assertTrue(fullJoint > 10, "CSP assaults beside JNIM in a full coalition: " + fullJoint + " a run");
        assertEquals(0.0, mean("no-coalition", "joint_assaults_total:csp"), "joint assaults without a coalition");
        double fullKilled = mean("full-coalition", "civilian_deaths_total");
        double noneKilled = mean("no-coalition", "civilian_deaths_total");
        assertTrue(fullKilled < noneKilled, "civilians killed: full coalition " + fullKilled + " vs none " + noneKilled);
        for (Simulation.Result r : runs("full-coalition")) {
            int csp = r.scenario().factionIndex("csp");
            int jnim = r.scenario().factionIndex("jnim");
            long fights = r.events().events().stream().filter(e -> e.kind().violent()
                    && ((e.actor1() == csp && e.actor2() == jnim) || (e.actor1() == jnim && e.actor2() == csp))).count();
            assertEquals(0, fights, "CSP and JNIM fought each other under one flag (seed " + r.seed() + ")");
        }
        double fullFront = mean("full-coalition", "insurgent_front_p10_km_mean");
        double noneFront = mean("no-coalition", "insurgent_front_p10_km_mean");
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
