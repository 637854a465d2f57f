package sahelsim.calibrate.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.observe.Measure;
import sahelsim.observe.RunFinalState;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;

/** Each way of measuring a run, on a hand-made record of ten days and a town's spans. */
class MeasurementTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private static Simulation.Result run() {
        RunRecord r = new RunRecord(START, 10, List.of("fama", "jnim"), List.of());
        for (int d = 0; d < 10; d++) {
            r.set(Measure.CIVILIAN_DEATHS, "fama", d, 1);
            r.set(Measure.CIVILIAN_DEATHS, "jnim", d, 3);
            r.set(Measure.CIVILIAN_DEATHS, "", d, 4);
            r.set(Measure.DISPLACED, "", d, 1000 + 10 * d);
            r.endDay(d);
        }
        RunFinalState towns = new RunFinalState(List.of(
                new RunFinalState.TownSpan("kidal", "Kidal", "Kidal", RunFinalState.TownSpan.Status.HELD, "csp", START,
                        START.plusDays(4)),
                new RunFinalState.TownSpan("kidal", "Kidal", "Kidal", RunFinalState.TownSpan.Status.HELD, "fama",
                        START.plusDays(5), START.plusDays(9)),
                new RunFinalState.TownSpan("timbuktu", "Timbuktu", "Tombouctou",
                        RunFinalState.TownSpan.Status.BLOCKADED, "jnim", START.plusDays(2), START.plusDays(6))));
        return new Simulation.Result(null, 1, r, null, towns, null, null);
    }

    private static Measurement.Series deaths(List<String> keys) {
        return new Measurement.Series(Measure.CIVILIAN_DEATHS, keys, "");
    }

    @Test
    void sumsValuesRatiosAndShares() {
        Simulation.Result run = run();
        assertEquals(20, new Measurement.Sum(deaths(List.of("")), START, START.plusDays(4)).of(run));
        assertEquals(15, new Measurement.Sum(deaths(List.of("jnim")), START.plusDays(5), START.plusDays(9)).of(run));
        assertEquals(1050, new Measurement.Value(new Measurement.Series(Measure.DISPLACED, List.of(""), ""),
                START.plusDays(5)).of(run));
        assertEquals(2.0, new Measurement.Ratio(deaths(List.of("")), START, START.plusDays(5), START.plusDays(7),
                START.plusDays(9)).of(run));
        assertEquals(0.25, new Measurement.Share(deaths(List.of("fama")), deaths(List.of("")), START,
                START.plusDays(9)).of(run));
        assertTrue(Double.isNaN(new Measurement.Sum(deaths(List.of("")), START, START.plusDays(10)).of(run)),
                "a span past the run's last day cannot be measured");
    }

    @Test
    void holdersAndBlockadedDays() {
        Simulation.Result run = run();
        Measurement.Holder rebels = new Measurement.Holder("kidal", List.of("csp"), "by csp", START.plusDays(4));
        Measurement.Holder state = new Measurement.Holder("kidal", List.of("fama", "wagner"), "by the state",
                START.plusDays(4));
        assertEquals(1, rebels.of(run));
        assertEquals(0, state.of(run));
        assertEquals(3, new Measurement.BlockadedDays("timbuktu", List.of("jnim"), "", START.plusDays(4),
                START.plusDays(20)).of(run));
        assertEquals(0, new Measurement.BlockadedDays("timbuktu", List.of("csp"), "", START, START.plusDays(9))
                .of(run));
    }

    @Test
    void errorsAreCountedInTolerances() {
        Tolerance factor = new Tolerance(Tolerance.Scale.FACTOR, 2, Tolerance.Bound.NONE);
        assertEquals(1, factor.error(200, 100), 1e-12);
        assertEquals(1, factor.error(50, 100), 1e-12);
        assertEquals(Tolerance.MOST, factor.error(0, 100));
        assertEquals(Tolerance.MOST, factor.error(Double.NaN, 100));
        Tolerance above = new Tolerance(Tolerance.Scale.FACTOR, 2, Tolerance.Bound.LOWER);
        assertEquals(0, above.error(900, 450));
        assertEquals(1, above.error(225, 450), 1e-12);
        Tolerance within = new Tolerance(Tolerance.Scale.WITHIN, 0.3, Tolerance.Bound.NONE);
        assertEquals(0.5, within.error(1.53, 1.38), 1e-9);
        assertEquals(Tolerance.MOST, within.error(100, 1.38));
    }
}
