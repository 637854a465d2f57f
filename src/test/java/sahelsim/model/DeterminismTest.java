package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/** The same scenario and seed give the same run, value for value and event for event. */
class DeterminismTest {

    private final Scenario scenario = ScenarioRuns.load("scenarios/class-2023-bases.yaml");

    private Simulation.Result run(long seed) {
        return Simulation.run(scenario, ShippedGeography.grid(scenario.resolution()), seed);
    }

    @Test
    void sameSeedSameRecordAndEvents() {
        Simulation.Result a = run(3);
        Simulation.Result b = run(3);
        assertEquals(fingerprint(a), fingerprint(b));
        assertEquals(a.events().events(), b.events().events());
        assertEquals(a.finalState(), b.finalState());
    }

    @Test
    void anotherSeedAnotherRun() {
        assertNotEquals(fingerprint(run(3)), fingerprint(run(4)));
    }

    @Test
    void seedsThatDifferOnlyAboveTheLow32BitsGiveAnotherRun() {
        // MASON's SimState(long) and MersenneTwisterFast(long) keep only the low 32 bits: 5 and 5 + 2^32 were one run.
        assertNotEquals(fingerprint(run(5)), fingerprint(run(5 + (1L << 32))));
    }

    @Test
    void theModelKeepsItsWholeSeedWhenMasonReseedsIt() {
        long seed = 5 + (3L << 32);
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), seed);
        assertEquals(seed, model.seed());
        assertEquals(Seeds.generator(seed).nextLong(), model.random.nextLong());
        // MASON's Console reseeds with its seed field before every Play after a stop and every Restart.
        model.setSeed(-seed);
        assertEquals(-seed, model.seed());
        assertEquals(Seeds.generator(-seed).nextLong(), model.random.nextLong());
    }

    @Test
    void aModelRestartedRunsTheSameAsANewOne() {
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 5);
        sahelsim.observe.Observer first = sahelsim.observe.Observer.attach(model);
        model.runToEnd();
        List<Float> once = fingerprint(first.record());
        SahelModel again = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 5);
        sahelsim.observe.Observer second = sahelsim.observe.Observer.attach(again);
        again.runToEnd();
        assertEquals(once, fingerprint(second.record()));
    }

    private static List<Float> fingerprint(Simulation.Result r) {
        return fingerprint(r.record());
    }

    private static List<Float> fingerprint(RunRecord record) {
        List<Float> values = new ArrayList<>();
        for (RunRecord.Series s : record.series()) {
            for (int d = 0; d < record.days(); d++) {
                values.add((float) record.value(s, d));
            }
        }
        return values;
    }
}
