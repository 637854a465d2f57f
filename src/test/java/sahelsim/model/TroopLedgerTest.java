package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sahelsim.io.ShippedGeography;
import sahelsim.observe.Measure;
import sahelsim.observe.Observer;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.Scenario;

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

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyFactionsTroopsBalanceTheirBooksEveryDay(String file) {
        Scenario scenario = ScenarioRuns.load(file);
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        Observer observer = Observer.attach(model);
        model.start();
        int days = Math.min(DAYS, scenario.days());
        for (int day = 0; day < days; day++) {
            assertTrue(model.schedule.step(model));
        }
        RunRecord record = observer.record();
        double killed = 0;
        double recruited = 0;
        for (String faction : record.factions()) {
            double previous = 0;
            for (int day = 0; day < days; day++) {
                double troops = record.value(Measure.TROOPS, faction, day);
                double booked = previous + record.value(Measure.TROOPS_RECRUITED, faction, day)
                        + record.value(Measure.TROOPS_ARRIVED, faction, day)
                        - record.value(Measure.TROOPS_KILLED, faction, day)
                        - record.value(Measure.TROOPS_LOST_OTHERWISE, faction, day)
                        - record.value(Measure.TROOPS_WITHDRAWN, faction, day);
                assertEquals(booked, troops, file + ": " + faction + " on " + record.date(day));
                killed += record.value(Measure.TROOPS_KILLED, faction, day);
                recruited += record.value(Measure.TROOPS_RECRUITED, faction, day);
                previous = troops;
            }
        }
        assertTrue(killed > 0 && recruited > 0, file + ": the books need a run where fighters die and join");
    }
}
