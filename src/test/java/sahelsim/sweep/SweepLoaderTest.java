package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.ScenarioError;

/** Bad sweep files are refused before any run, with every problem at its file, line and column. */
class SweepLoaderTest {

    @TempDir
    Path dir;

    private SweepFiles files() {
        return new SweepFiles(dir);
    }

    private static void assertHas(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), "expected a problem starting with\n  "
                + expected + "\ngot\n  " + String.join("\n  ", problems));
    }

    @Test
    void theShapeOfTheIssueLoads() {
        Path file = files().file("wagner-small.yaml", """
                name: wagner-small
                base: %s   # relative to the sweep file
                design: grid                               # grid | lhs | sobol | morris
                samples: 16                                # design points for lhs, base samples for sobol/morris
                replications: 2
                seed: 7
                parameters:
                  wagner.strength: [0, 2000]               # a list, or {min: 0, max: 2000} for lhs/sobol/morris
                outcomes: [armed_group_population_share_end, fatalities_total, civilian_deaths_total]
                """.formatted(SweepFiles.HISTORICAL));
        SweepSpec spec = SweepFiles.LOADER.load(file);
        assertEquals("wagner-small", spec.name());
        assertEquals(DesignKind.GRID, spec.design());
        assertEquals(2, spec.replications());
        assertEquals(7, spec.seed());
        assertEquals(SweepFiles.HISTORICAL, spec.baseFile());
        assertEquals("historical-2022", spec.base().name());
        assertEquals(List.of("armed_group_population_share_end", "fatalities_total", "civilian_deaths_total"),
                spec.outcomes());
        assertEquals(List.of("4:10: samples: not used by a grid, whose points are every combination of the values "
                + "listed"), spec.warnings().stream().map(w -> SweepFiles.shown(w, file)).toList());
        SweepPlan plan = SweepPlan.of(spec);
        assertEquals(4, plan.runCount());
        assertEquals(2000, SweepFiles.LOADER.scenario(spec, plan.run(3)).wagner().strength());
    }

    @Test
    void theBasePathIsRelativeToTheSweepFile() {
        Path sweeps = dir.resolve("sweeps");
        Path scenarios = dir.resolve("scenarios");
        new SweepFiles(dir).file("unused", "");
        assertTrue(sweeps.toFile().mkdir() && scenarios.toFile().mkdir());
        new SweepFiles(scenarios).file("base.yaml", "extends: " + SweepFiles.HISTORICAL + "\nname: base\n");
        Path file = new SweepFiles(sweeps).file("s.yaml", "name: s\nbase: ../scenarios/base.yaml\nseed: 1\n"
                + "parameters: {wagner.abuse: [0.1, 0.2]}\noutcomes: [peak_displaced]\n");
        SweepSpec spec = SweepFiles.LOADER.load(file);
        assertEquals("base", spec.base().name());
        assertEquals(scenarios.resolve("base.yaml"), spec.baseFile());
    }

    @Test
    void unknownKeysAreRefusedWithASuggestion() {
        List<String> problems = files().problems("grid", List.of("wagner.strength: [0, 1000]"), "desing: lhs");
        assertHas(problems, "8:1: desing: unknown key; did you mean 'design'?");
    }

    @Test
    void commonRandomNumbersAreOnForSobolAndMorrisAndRefusedForDesignsWithoutGroups() {
        List<String> parameter = List.of("wagner.strength: {min: 0, max: 1000}");
        assertTrue(files().load("sobol", parameter, "samples: 64").commonRandomNumbers());
        assertTrue(files().load("morris", parameter, "samples: 10").commonRandomNumbers());
        assertFalse(files().load("morris", parameter, "samples: 10", "commonRandomNumbers: false")
                .commonRandomNumbers());
        assertFalse(files().load("lhs", parameter, "samples: 10").commonRandomNumbers());
        assertHas(files().problems("lhs", parameter, "samples: 10", "commonRandomNumbers: true"),
                "9:22: commonRandomNumbers: an lhs design has no Saltelli blocks or Morris trajectories whose runs "
                        + "could share seeds; expected false or no commonRandomNumbers (sobol and morris only)");
    }

    @Test
    void aParameterPathMustExistInTheScenario() {
        List<String> problems = files().problems("grid", List.of(
                "wagner.strenght: [0, 1000]",
                "foreignForces.minusma-gaoo.withdrawal: [2023-06-30]",
                "wagner: [1, 2]",
                "factions.jnim.behaviour: [1]",
                "combat.attrition.rate: [1]",
                "foreignForces.minusma-gao.id: [x]"));
        assertHas(problems, "7:3: parameters.wagner.strenght: no key 'strenght' in wagner; did you mean 'strength'?");
        assertHas(problems, "8:3: parameters.foreignForces.minusma-gaoo.withdrawal: no item with id 'minusma-gaoo' "
                + "in foreignForces; did you mean 'minusma-gao'?");
        assertHas(problems, "9:3: parameters.wagner: names a whole section; vary one of its values instead, such as "
                + "wagner.faction");
        assertHas(problems, "10:3: parameters.factions.jnim.behaviour: names a whole section");
        assertHas(problems, "11:3: parameters.combat.attrition.rate: combat.attrition is a single value");
        assertHas(problems, "12:3: parameters.foreignForces.minusma-gao.id: the id of an item");
        assertEquals(6, problems.size(), String.join("\n", problems));
    }

    @Test
    void everyValueMustSuitItsKeyAndIsReportedWhereItIsWritten() {
        List<String> problems = files().problems("grid", List.of(
                "wagner.strength: [0, -5]",
                "wagner.abuse: [0.1, 1.5]",
                "foreignForces.minusma-gao.withdrawal: [2023-06-30, 2030-01-01]",
                "calendar.end: [2025-12-31, 2023-06-30]"));
        assertHas(problems, "7:24: wagner.strength: expected a whole number between 0 and 100000, got -5");
        assertHas(problems, "8:23: wagner.abuse: expected a number between 0 and 1, got 1.5");
        assertHas(problems, "9:54: foreignForces.minusma-gao.withdrawal: expected a date within the calendar");
        // Ending the calendar in mid-2023 puts the scenario's own later dates outside it: reported at the value.
        assertHas(problems, "10:30: timeline.wagner-grows-2024.date: with calendar.end = 2023-06-30: expected a date "
                + "within the calendar");
        assertTrue(problems.stream().anyMatch(p -> p.contains("(see " + SweepFiles.HISTORICAL + ":")), "the "
                + "scenario line behind a relocated problem is named");
    }

    @Test
    void rangesMustHoldNumbersOrDatesOfTheKeysTypeInOrder() {
        List<String> problems = files().problems("lhs", List.of(
                "wagner.strength: {min: 0.5, max: 10}",
                "wagner.abuse: {min: 0.5, max: 0.2}",
                "wagner.faction: {min: 1, max: 2}",
                "combat.attrition: {min: 0.01}",
                "control.persistenceDays: {min: 1, mx: 5}",
                "civilians.legitimacy: {min: 0.1, max: 0.9, steps: 3}"), "samples: 10");
        assertHas(problems, "7:26: parameters.wagner.strength.min: expected a whole number between 0 and 100000, "
                + "got 0.5");
        assertHas(problems, "8:33: parameters.wagner.abuse.max: expected a value above min (0.5), got 0.2");
        assertHas(problems, "9:3: parameters.wagner.faction: a range needs a key that holds a number or a date");
        assertHas(problems, "10:21: parameters.combat.attrition: expected a range with both min and max");
        assertHas(problems, "11:37: parameters.control.persistenceDays.mx: unknown key; did you mean 'max'?");
        assertHas(problems, "12:53: parameters.civilians.legitimacy.steps: steps applies to a grid only");
        assertEquals(6, problems.size(), String.join("\n", problems));
    }

    @Test
    void aGridNeedsDiscreteValues() {
        assertHas(files().problems("grid", List.of("wagner.strength: {min: 0, max: 2000}")),
                "7:3: parameters.wagner.strength: a grid needs a list of values, or a range with steps");
        assertHas(files().problems("grid", List.of("combat.maxBattleDays: {min: 1, max: 3, steps: 5}")),
                "7:49: parameters.combat.maxBattleDays.steps: there are fewer than 5 distinct whole numbers");
        assertHas(files().problems("grid", List.of("wagner.strength: [0, 1000, 0]")),
                "7:30: parameters.wagner.strength: the value 0 is listed twice");
    }

    @Test
    void theDesignsNeedWhatTheyUse() {
        assertHas(files().problems("sobol", List.of("wagner.strength: {min: 0, max: 2000}")),
                "1:1: samples: missing; design sobol needs samples: the number of base samples N");
        assertHas(files().problems("lhs", List.of("wagner.strength: 1000"), "samples: 10"),
                "6:1: parameters: design lhs needs at least one parameter that varies");
        assertHas(files().problems("morris", List.of("wagner.strength: {min: 0, max: 2000}"), "samples: 4",
                "morris: {levels: 5}"), "9:18: morris.levels: expected an even number of levels");
        assertHas(files().problems("grid", List.of("wagner.strength: [0]"), "morris: {levels: 4}"),
                "8:1: morris: applies to design: morris only");
        assertHas(files().problems("lhs", List.of("wagner.strength: {min: 0, max: 2000}"), "samples: 2000000"),
                "8:10: samples: expected a whole number between 1 and 1000000");
        assertHas(files().problems("grid", List.of("wagner.strength: {min: 0, max: 1000, steps: 1000}",
                "wagner.abuse: {min: 0, max: 1, steps: 1001}")), "6:1: parameters: the grid has more than 1000000");
    }

    @Test
    void variantsSetSeveralKeysAndMustNotClashWithOtherParameters() {
        List<String> problems = files().problems("grid", List.of(
                "withdrawal:",
                "  variants:",
                "    early: {foreignForces.barkhane-gao.withdrawal: 2022-03-31, wagner.strength: 10}",
                "    Late: {foreignForces.barkhane-gao.withdrawl: 2024-01-01}",
                "wagner.strength: [0, 1]",
                "wagner.abuse.x: {variants: {a: {}}}",
                "mixed: {variants: {a: {}}, min: 1, max: 2}",
                "empty: {variants: []}"));
        assertHas(problems, "10:7: parameters.withdrawal.variants.Late: expected a variant name of lower-case");
        assertHas(problems, "10:14: parameters.withdrawal.variants.Late.foreignForces.barkhane-gao.withdrawl: no key "
                + "'withdrawl' in foreignForces.barkhane-gao; did you mean 'withdrawal'?");
        assertHas(problems, "12:3: parameters.wagner.abuse.x: a parameter with variants needs a name");
        assertHas(problems, "13:3: parameters.mixed: give either variants or a range {min, max}, not both");
        assertHas(problems, "14:21: parameters.empty.variants: expected named variants");
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertHas(files().problems("grid", List.of(
                "withdrawal: {variants: {early: {wagner.strength: 10}, historical: {}}}",
                "wagner.strength: [0, 1]")),
                "8:3: parameters.wagner.strength: sets wagner.strength, which parameter withdrawal sets already");
    }

    @Test
    void outcomesAreCheckedAgainstTheBaseScenario() {
        Path file = files().file("o.yaml", "name: o\nbase: " + SweepFiles.HISTORICAL + "\nseed: 1\n"
                + "parameters: {wagner.abuse: [0.1]}\n"
                + "outcomes: [fatalities_totl, towns_held_end:jnm, blockade_days:timbuktu, blockade_days:timbuktu, "
                + "towns_held_end]\n");
        List<String> problems = SweepFiles.problems(file);
        assertHas(problems, "5:12: outcomes: unknown outcome 'fatalities_totl'; did you mean 'fatalities_total'?");
        assertHas(problems, "5:29: outcomes: no faction 'jnm'; did you mean 'jnim'?");
        assertHas(problems, "5:73: outcomes: 'blockade_days:timbuktu' is listed twice");
        assertHas(problems, "5:97: outcomes: outcome 'towns_held_end' needs an argument");
        assertEquals(4, problems.size(), String.join("\n", problems));
    }

    @Test
    void missingKeysABadBaseAndABadFileAreReported() {
        Path noBase = files().file("a.yaml", "name: a\nbase: nowhere.yaml\nseed: 1\nparameters: {wagner.abuse: [0]}\n"
                + "outcomes: [peak_displaced]\n");
        assertHas(SweepFiles.problems(noBase), "2:7: base: no scenario file " + dir.resolve("nowhere.yaml"));
        Path missing = files().file("b.yaml", "name: Bad Name\nparameters: []\n");
        List<String> problems = SweepFiles.problems(missing);
        assertHas(problems, "1:7: name: expected an id");
        assertHas(problems, "1:1: base: missing");
        assertHas(problems, "1:1: seed: missing");
        assertHas(problems, "2:13: parameters: expected a section of parameters");
        assertHas(problems, "1:1: outcomes: missing");
        assertHas(SweepFiles.problems(files().file("c.yaml", "name: [")), "1:");
        assertHas(SweepFiles.problems(dir.resolve("none.yaml")), "no such file");
    }

    @Test
    void aProblemInTheBaseScenarioIsReportedInTheBaseFile() {
        Path base = files().file("base.yaml", "extends: " + SweepFiles.HISTORICAL + "\nname: b\nwagner: {abuse: 3}\n");
        Path file = files().file("s.yaml", "name: s\nbase: base.yaml\nseed: 1\nparameters: {wagner.abuse: [0]}\n"
                + "outcomes: [peak_displaced]\n");
        try {
            SweepFiles.LOADER.load(file);
            throw new AssertionError("expected the bad base to be refused");
        } catch (ScenarioError e) {
            assertEquals(base + ":3:17: wagner.abuse: expected a number between 0 and 1, got 3",
                    e.problems().get(0).toString());
        }
    }
}
