package sahelsim.runfolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;
import sahelsim.model.Seeds;
import sahelsim.stats.ReplicateStats;

/** Reading the fixture folders back; the expected values come from the fixtures' README. */
class RunFolderTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 30);

    @Test
    void readsTheManifestOfARun() {
        RunFolder run = RunFolder.open(RunFixtures.smallRun());
        RunManifest m = run.manifest();
        assertFalse(run.isSet());
        assertEquals("fixture-small", m.scenario().name());
        assertEquals(42L, m.seed());
        assertEquals("0.1.0", m.program().version());
        assertEquals(List.of("fama", "csp", "jnim"), m.factions().stream().map(RunManifest.FactionInfo::id).toList());
        assertEquals("#D55E00", m.factions().get(2).colour());
        assertEquals(new RunManifest.GridInfo(0.1, -6.6, 25.0, 111, 120), m.grid());
        assertEquals(List.of(run), run.replicates());
    }

    @Test
    void readsDailyAndMonthlyValuesWithEmptyValuesAsNaN() {
        RunFolder run = RunFolder.open(RunFixtures.smallRun());
        MeasureTable daily = run.daily();
        assertEquals(14, daily.dates().size());
        assertEquals(0.45, daily.series("control_share_population", "fama").get(FIRST.plusDays(5)), 1e-12);
        assertEquals(List.of("fama", "csp", "jnim", "none"), daily.factions("control_share_population"));
        assertTrue(Double.isNaN(daily.series("insurgent_front_km", "").get(FIRST)));
        assertEquals(399, daily.series("insurgent_front_km", "").get(FIRST.plusDays(1)));
        MeasureTable monthly = run.monthly();
        assertEquals(List.of(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 12)), monthly.dates());
        assertEquals(90, monthly.series("fatalities", "fama").get(LocalDate.of(2023, 2, 12)));
        assertEquals(126, monthly.series("fatalities", "").get(LocalDate.of(2023, 2, 12)));
    }

    @Test
    void readsEventsWithQuotedNotes() {
        EventTable events = RunFolder.open(RunFixtures.smallRun()).events();
        assertEquals(29, events.events().size());
        EventTable.Event first = events.events().get(0);
        assertEquals("Battles", first.eventType());
        assertEquals("fama", first.actor1Id());
        assertEquals(2, first.fatalities());
        assertEquals(14, events.events().stream().filter(e -> e.eventType().equals("Violence against civilians"))
                .mapToLong(EventTable.Event::civilianFatalities).sum());
    }

    @Test
    void readsWhoHeldAndBlockadedEachTown() {
        TownTable towns = RunFolder.open(RunFixtures.smallRun()).towns();
        assertEquals("csp", towns.holder("kidal", LocalDate.of(2023, 2, 5)).orElseThrow());
        assertEquals("jnim", towns.holder("kidal", LocalDate.of(2023, 2, 6)).orElseThrow());
        assertTrue(towns.holder("menaka", FIRST).isEmpty());
        assertFalse(towns.blockaded("timbuktu", LocalDate.of(2023, 1, 31)));
        assertTrue(towns.blockaded("timbuktu", LocalDate.of(2023, 2, 1)));
    }

    @Test
    void readsEverySnapshotOfTheControlMap() {
        ControlMaps maps = RunFolder.open(RunFixtures.smallRun()).controlMaps();
        assertEquals(List.of(FIRST, FIRST.plusDays(7), FIRST.plusDays(13)), maps.dates());
        ControlMaps.Frame first = maps.frames().get(0);
        int kidal = 64 * 111 + 79;
        assertEquals(1, first.faction()[kidal], "csp is the second faction");
        assertEquals(5, first.zone()[kidal]);
        assertEquals(2, maps.frames().get(2).faction()[kidal], "jnim holds Kidal's cells at the end");
        int controlled = 0;
        for (byte z : first.zone()) {
            controlled += z > 0 ? 1 : 0;
        }
        assertEquals(19, controlled);
        assertEquals(FIRST.plusDays(7), maps.onOrBefore(FIRST.plusDays(10)).orElseThrow().date());
        assertTrue(maps.onOrBefore(FIRST.minusDays(1)).isEmpty());
    }

    @Test
    void readsASetWithItsReplicatesAndSummary() {
        RunFolder set = RunFolder.open(RunFixtures.smallSet());
        assertTrue(set.isSet());
        assertEquals(3, set.replicates().size());
        assertEquals(Seeds.derive(7, 2), set.manifest().replicates().get(2).seed());
        assertEquals("2 of 3", set.replicates().get(1).manifest().replicateLabel());
        ReplicateStats e = set.summary().series("displaced", "").get(LocalDate.of(2023, 1, 31));
        assertEquals(3, e.n());
        assertEquals(1150, e.mean(), 1e-9);
        assertEquals(50, e.sd(), 1e-9);
        // Three replicates: the bootstrap interval is their range (the README of the fixtures says why).
        assertEquals(1100, e.ci95Low());
        assertEquals(1200, e.ci95High());
    }

    @Test
    void aSetWithoutItsSummaryGetsTheSameSummaryFromItsReplicates(@TempDir Path tmp) throws Exception {
        SummaryTable fromFile = RunFolder.open(RunFixtures.smallSet()).summary();
        Path copy = RunFixtures.copy(RunFixtures.smallSet(), tmp);
        Files.delete(copy.resolve(ReplicateSummaries.MONTHLY));
        SummaryTable computed = RunFolder.open(copy).summary();
        for (String[] key : new String[][] {{"fatalities", ""}, {"fatalities", "fama"}, {"control_share_population",
            "jnim"}, {"displaced", ""}}) {
            var expected = fromFile.series(key[0], key[1]);
            var actual = computed.series(key[0], key[1]);
            assertEquals(expected.keySet(), actual.keySet());
            // The file's numbers have 7 significant digits (docs/outputs.md).
            expected.forEach((d, e) -> {
                assertEquals(e.n(), actual.get(d).n());
                assertEquals(e.mean(), actual.get(d).mean(), sevenDigits(e.mean()));
                assertEquals(e.ci95Low(), actual.get(d).ci95Low(), sevenDigits(e.ci95Low()), key[0] + " " + d);
                assertEquals(e.ci95High(), actual.get(d).ci95High(), sevenDigits(e.ci95High()));
            });
        }
    }

    private static double sevenDigits(double v) {
        return Math.max(1e-12, Math.abs(v) * 1e-6);
    }
}
