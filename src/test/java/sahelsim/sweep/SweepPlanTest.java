package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.model.Seeds;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.design.MorrisDesign;
import sahelsim.sweep.design.SaltelliDesign;

class SweepPlanTest {

    @TempDir
    Path dir;

    private static List<String> texts(SweepRun run) {
        return run.choices().stream().map(c -> c.parameter() + "=" + c.text()).toList();
    }

    @Test
    void aGridRunsEveryCombinationAndNumbersRunsByPointAndReplicate() {
        SweepSpec spec = new SweepFiles(dir).load("grid", List.of(
                "wagner.strength: [0, 1000, 2000]",
                "civilians.legitimacy: {min: 0.3, max: 0.6, steps: 4}",
                "wagner.exit: 2025-06-30"), "replications: 3");
        SweepPlan plan = SweepPlan.of(spec);
        assertEquals(12, plan.pointCount());
        assertEquals(36, plan.runCount());
        SweepRun run = plan.run(3 * 5 + 2);
        assertEquals(5, run.point());
        assertEquals(2, run.replicate());
        assertEquals(Seeds.derive(7, 5, 2), run.seed());
        assertEquals(List.of("wagner.strength=1000", "civilians.legitimacy=0.4", "wagner.exit=2025-06-30"),
                texts(run));
        assertEquals(List.of("wagner.strength=2000", "civilians.legitimacy=0.6", "wagner.exit=2025-06-30"),
                texts(plan.run(35)));
        Scenario scenario = SweepFiles.LOADER.scenario(spec, run);
        assertEquals(1000, scenario.wagner().strength());
        assertEquals(0.4, scenario.civilians().legitimacy(), 1e-12);
        assertEquals(LocalDate.of(2025, 6, 30), scenario.wagner().exit());
        assertThrows(IndexOutOfBoundsException.class, () -> plan.run(36));
    }

    @Test
    void theSeedOfARunDependsOnlyOnTheSweepSeedItsPointAndItsReplicate() {
        SweepPlan plan = SweepPlan.of(new SweepFiles(dir).load("grid", List.of("wagner.abuse: [0.1, 0.2]"),
                "replications: 50"));
        Set<Long> seeds = new LinkedHashSet<>();
        for (long id = 0; id < plan.runCount(); id++) {
            SweepRun run = plan.run(id);
            assertEquals(Seeds.derive(7, run.point(), run.replicate()), run.seed());
            seeds.add(run.seed());
        }
        assertEquals(100, seeds.size(), "every run has its own seed");
    }

    @Test
    void moreReplicationsOrSamplesLeaveTheExistingRunsSeedsAsTheyWere() {
        SweepFiles files = new SweepFiles(dir);
        List<String> parameters = List.of("wagner.strength: {min: 0, max: 4000}");
        SweepPlan before = SweepPlan.of(files.load("lhs", parameters, "samples: 10", "replications: 2"));
        SweepPlan after = SweepPlan.of(files.load("lhs", parameters, "samples: 20", "replications: 3"));
        for (long id = 0; id < before.runCount(); id++) {
            SweepRun run = before.run(id);
            long sameRun = (long) run.point() * 3 + run.replicate();
            assertEquals(run.point(), after.run(sameRun).point());
            assertEquals(run.replicate(), after.run(sameRun).replicate());
            assertEquals(run.seed(), after.run(sameRun).seed(), "point " + run.point() + ", replicate "
                    + run.replicate() + " got another seed");
        }
    }

    @Test
    void latinHypercubeValuesStayInTheirRangesWithWholeNumbersAndDatesRounded() {
        SweepSpec spec = new SweepFiles(dir).load("lhs", List.of(
                "wagner.strength: {min: 0, max: 4000}",
                "combat.attrition: {min: 0.02, max: 0.1}",
                "foreignForces.minusma-kidal.withdrawal: {min: 2022-06-30, max: 2025-06-30}",
                "supply.origins: [[segou], [segou, sevare]]"), "samples: 40");
        SweepPlan plan = SweepPlan.of(spec);
        assertEquals(40, plan.pointCount());
        int[] strengthStrata = new int[40];
        Set<String> origins = new LinkedHashSet<>();
        for (int i = 0; i < 40; i++) {
            List<Choice> choices = plan.point(i).choices();
            long strength = Long.parseLong(choices.get(0).text());
            assertTrue(strength >= 0 && strength <= 4000);
            strengthStrata[(int) Math.min(39, strength * 40 / 4000)]++;
            double attrition = Double.parseDouble(choices.get(1).text());
            assertTrue(attrition >= 0.02 && attrition <= 0.1);
            LocalDate date = LocalDate.parse(choices.get(2).text());
            assertTrue(!date.isBefore(LocalDate.of(2022, 6, 30)) && !date.isAfter(LocalDate.of(2025, 6, 30)));
            origins.add(choices.get(3).text());
        }
        assertEquals(Set.of("[segou]", "[segou, sevare]"), origins, "a list is sampled as a discrete parameter");
        Scenario last = SweepFiles.LOADER.scenario(spec, plan.run(39));
        assertEquals(Long.parseLong(plan.point(39).choices().get(0).text()), last.wagner().strength());
        for (int hits : strengthStrata) {
            assertTrue(hits <= 2, "strata of the rounded strengths: " + Arrays.toString(strengthStrata));
        }
    }

    @Test
    void sobolAndMorrisPlansFollowTheirDesignsAndConstantsAreNoDimension() {
        SweepSpec sobol = new SweepFiles(dir).load("sobol", List.of(
                "wagner.strength: {min: 0, max: 4000}",
                "wagner.abuse: {min: 0, max: 0.5}",
                "combat.maxBattleDays: [5]",
                "withdrawal: {variants: {early: {foreignForces.minusma-gao.withdrawal: 2022-06-30}, historical: {}}}"),
                "samples: 16");
        SweepPlan plan = SweepPlan.of(sobol);
        assertEquals(3, sobol.varied().size());
        SaltelliDesign design = (SaltelliDesign) plan.design();
        assertEquals(16 * 5, plan.pointCount());
        List<Choice> a = plan.point(design.a(3)).choices();
        List<Choice> ab = plan.point(design.ab(3, 1)).choices();
        List<Choice> b = plan.point(design.b(3)).choices();
        assertEquals(a.get(0), ab.get(0));
        assertEquals(b.get(1), ab.get(1), "A_B^(2) takes the second varied parameter from B");
        assertEquals(a.get(3), ab.get(3));
        assertEquals("5", ab.get(2).text(), "the constant is set in every run");

        SweepSpec morris = new SweepFiles(dir).load("morris", List.of(
                "wagner.strength: {min: 0, max: 3000}",
                "wagner.abuse: {min: 0, max: 0.6}"), "samples: 5");
        SweepPlan morrisPlan = SweepPlan.of(morris);
        assertEquals(15, morrisPlan.pointCount());
        assertEquals(4, ((MorrisDesign) morrisPlan.design()).levels());
        Set<String> strengths = new LinkedHashSet<>();
        for (int i = 0; i < 15; i++) {
            strengths.add(morrisPlan.point(i).choices().get(0).text());
        }
        assertTrue(Set.of("0", "1000", "2000", "3000").containsAll(strengths), "Morris levels: " + strengths);
    }

    @Test
    void theSameFileGivesTheSameRunsAndAnotherSeedOtherPoints() {
        SweepFiles files = new SweepFiles(dir);
        List<String> parameters = List.of("wagner.strength: {min: 0, max: 4000}", "combat.attrition: {min: 0.02, "
                + "max: 0.1}");
        List<List<String>> first = runs(SweepPlan.of(files.load("lhs", parameters, "samples: 10")));
        List<List<String>> again = runs(SweepPlan.of(files.load("lhs", parameters, "samples: 10")));
        assertEquals(first, again);
        Path other = files.file("other.yaml", "name: other\nbase: " + SweepFiles.HISTORICAL + "\ndesign: lhs\n"
                + "samples: 10\nseed: 8\noutcomes: [fatalities_total]\nparameters:\n  " + parameters.get(0) + "\n  "
                + parameters.get(1) + "\n");
        assertTrue(!first.equals(runs(SweepPlan.of(SweepFiles.LOADER.load(other)))));
    }

    private static List<List<String>> runs(SweepPlan plan) {
        List<List<String>> out = new ArrayList<>();
        for (long id = 0; id < plan.runCount(); id++) {
            List<String> row = new ArrayList<>(texts(plan.run(id)));
            row.add(Long.toString(plan.run(id).seed()));
            out.add(row);
        }
        return out;
    }
}
