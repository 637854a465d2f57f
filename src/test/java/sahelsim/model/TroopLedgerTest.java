package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.Measure;
import sahelsim.observe.Observer;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/**
 * Fighters are neither created nor lost outside the books: in every shipped scenario, for every faction and
 * day, troops = the day before's + recruited + arrived − killed − lost otherwise − withdrawn, exactly, with the
 * measures as daily.csv has them.
 */
class TroopLedgerTest {

    private static final int DAYS = 150;

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList().stream();
        }
    }

    private static SahelModel model(String file) {
        Scenario scenario = ScenarioRuns.load(file);
        return new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
    }

    /**
     * Runs a started model some more days and checks the identity on every day so far; returns each entry's sum
     * over factions and days.
     */
    private static double[] balanced(SahelModel model, Observer observer, int more, String label) {
        for (int day = 0; day < more; day++) {
            assertTrue(model.schedule.step(model));
        }
        int days = (int) model.day() + 1;
        RunRecord record = observer.record();
        Measure[] entries = {Measure.TROOPS_RECRUITED, Measure.TROOPS_ARRIVED, Measure.TROOPS_KILLED,
                Measure.TROOPS_LOST_OTHERWISE, Measure.TROOPS_WITHDRAWN};
        double[] sums = new double[entries.length];
        for (String faction : record.factions()) {
            double previous = 0;
            for (int day = 0; day < days; day++) {
                double booked = previous;
                for (int k = 0; k < entries.length; k++) {
                    double v = record.value(entries[k], faction, day);
                    booked += k < 2 ? v : -v;
                    sums[k] += v;
                }
                double troops = record.value(Measure.TROOPS, faction, day);
                assertEquals(booked, troops, label + ": " + faction + " on " + record.date(day));
                previous = troops;
            }
        }
        return sums;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyFactionsTroopsBalanceTheirBooksEveryDay(String file) {
        SahelModel model = model(file);
        Observer observer = Observer.attach(model);
        model.start();
        double[] sums = balanced(model, observer, Math.min(DAYS, model.scenario().days()), file);
        assertTrue(sums[0] > 0 && sums[2] > 0 && sums[3] > 0,
                file + ": the books need a run where fighters join, die and are lost otherwise");
    }

    @Test
    void contractorsLeavingTakeTheirGarrisonsUnitsAndEscortsOffTheBooks() {
        SahelModel model = model("scenarios/historical-2022.yaml");
        Observer observer = Observer.attach(model);
        model.start();
        int wagner = model.wagnerFaction();
        int days = 0;
        while (model.convoys().escorts(wagner) == 0) {
            assertTrue(model.schedule.step(model) && ++days < 100, "no contractor convoy on the road in 100 days");
        }
        model.timeline().add(new TimelineEvent("wagner-leaves", model.date().plusDays(1), TimelineAction.WAGNER_LEAVES,
                null, null, 0, null, null, null, List.of(), null, null, false, true));
        double[] sums = balanced(model, observer, 30, "historical-2022 with the contractors leaving");
        assertEquals(0, model.troops(wagner));
        assertTrue(sums[4] >= 900, "withdrawn: " + sums[4] + " of the 1,000 that came, few lost in the first weeks");
    }
}
