package sahelsim.calibrate.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.hindcast.HistoricalFigures;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Town;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;

/** A targets file is checked as scenario files are: every problem at its line and column, with its key path. */
class TargetsLoaderTest {

    static final Scenario HISTORICAL = ScenarioLoader.shipped().load(Path.of("scenarios/historical-2022.yaml"));
    static final TargetsLoader LOADER = new TargetsLoader(ShippedGeography.geography().towns().stream().map(Town::id)
            .toList());
    private static final String HEAD = "name: test\ntargets:\n";

    @TempDir
    Path dir;

    /** The problems of a targets file whose targets are these lines, as "line:column: path: message". */
    private List<String> problems(String targets) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), HEAD + targets);
        try {
            LOADER.load(file, HISTORICAL);
        } catch (ScenarioError e) {
            return e.problems().stream().map(p -> p.toString().replace(file + ":", "")).toList();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void theShippedTargetsLoadWithTheHindcastsFigures() {
        TargetSet set = LOADER.load(Path.of("sweeps/targets/mali-2022-2025.yaml"), HISTORICAL);
        assertEquals(List.of("2022-2023", "2024-2025"), List.copyOf(set.periods()));
        assertEquals(22, set.of("2022-2023").size());
        assertEquals(7, set.of("2024-2025").size());
        Target un = set.targets().get(0);
        assertEquals(HistoricalFigures.UN_CIVILIANS_KILLED_2022, un.observed());
        assertTrue(un.source().contains("mali-facts 4.1"), un.source());
        Target dtm = set.targets().stream().filter(t -> t.id().equals("displaced-2023-12")).findFirst().orElseThrow();
        assertEquals(354_739, dtm.observed());
        for (Target t : set.targets()) {
            assertTrue(t.source().matches(".*mali-facts \\d.*"), t.id() + " cites no section: " + t.source());
        }
    }

    @Test
    void aMeasureAndItsAggregationMustFit() throws IOException {
        assertEquals(List.of("6:14: targets.d.measure: displaced is a level (a state on a day), which does not add up "
                        + "over days; read it on a date with how: value"),
                problems("  - id: d\n    period: p\n    how: sum\n    measure: displaced\n    from: 2022-01-01\n"
                        + "    to: 2022-12-31\n    observed: 1\n    factor: 2\n    source: s\n"));
        List<String> typo = problems("  - id: d\n    period: p\n    how: sum\n    measure: civilian_death\n"
                + "    from: 2022-01-01\n    to: 2022-12-31\n    observed: 1\n    factor: 2\n    source: s\n");
        assertEquals(1, typo.size(), String.join("\n", typo));
        assertTrue(typo.get(0).startsWith("6:14: targets.d.measure: expected one of control_share_population"),
                typo.get(0));
        assertTrue(typo.get(0).endsWith("did you mean 'civilian_deaths'?"), typo.get(0));
    }

    @Test
    void factionsTownsAndDatesAreChecked() throws IOException {
        List<String> found = problems("  - id: h\n    period: p\n    how: holder\n    town: kidall\n"
                + "    on: 2026-01-01\n    holder: [fam]\n    source: s\n"
                + "  - id: b\n    period: p\n    how: blockaded-days\n    town: timbuktu\n    from: 2023-12-31\n"
                + "    to: 2023-08-08\n    observed: 146\n    within: 60\n    source: s\n");
        assertEquals(List.of(
                "6:11: targets.h.town: no town 'kidall'; did you mean 'kidal'? (docs/map.md lists them)",
                "7:9: targets.h.on: 2026-01-01 is outside the calendar of the scenario historical-2022 (2022-01-01 to "
                        + "2025-12-31), which the run records",
                "8:13: targets.h.holder: no faction 'fam'; did you mean 'fama'? (the scenario's factions: fama, "
                        + "barkhane, minusma, wagner, csp, jnim, issp, platform, dozo; or a side: government, "
                        + "insurgent)",
                "15:9: targets.b.to: expected a date on or after from (2023-12-31), got 2023-08-08"), found);
    }

    @Test
    void anObservationAndATolerancePerTarget() throws IOException {
        List<String> found = problems("  - id: a\n    period: p\n    how: value\n    measure: refugees\n"
                + "    on: 2023-04-30\n    observed: 1\n    figure: dtm-displaced\n    source: s\n"
                + "  - id: b\n    period: p\n    how: value\n    measure: displaced\n    on: 2023-05-31\n"
                + "    figure: dtm-displaced\n    factor: 2\n"
                + "  - id: c\n    period: p\n    how: holder\n    town: kidal\n    on: 2023-05-31\n"
                + "    holder: government\n    observed: 1\n    source: s\n"
                + "  - id: d\n    period: p\n    how: share\n    measure: civilian_deaths\n    by: [fama, government]\n"
                + "    from: 2022-01-01\n    to: 2022-12-31\n    observed: 0\n    factor: 2\n    source: s\n");
        assertEquals(List.of(
                "3:5: targets.a.factor: missing; expected a tolerance: factor F (a run off by a factor F is one "
                        + "tolerance off, for counts) or within S (off by S, for shares, ratios and days)",
                "9:5: targets.a.figure: give either observed or figure, not both",
                "15:9: targets.b.on: dtm-displaced has no count on 2023-05-31; its dates are [2022-08-31, 2022-12-31, "
                        + "2023-04-30, 2023-09-30, 2023-12-31]",
                "24:5: targets.c.observed: a holder target observes who held the town (written in holder); its run "
                        + "value is 1 when it agrees and 0 otherwise, so it takes no observed (only within, 1 by "
                        + "default)",
                "30:9: targets.d.by: a side (government) stands alone; expected either a side or a list of faction ids",
                "34:13: targets.d.factor: a factor tolerance compares on a log scale and needs an observation above "
                        + "0, got 0; use within"), found);
    }

    @Test
    void keysAHowDoesNotReadAreRefused() throws IOException {
        assertEquals(List.of("7:5: targets.v.from: not read by how: value (a daily measure's value on the date `on`); "
                        + "it reads measure, by, on"),
                problems("  - id: v\n    period: p\n    how: value\n    measure: displaced\n    from: 2022-01-01\n"
                        + "    on: 2022-08-31\n    observed: 1\n    factor: 2\n    source: s\n"));
    }
}
