package sahelsim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sahelsim.load.ScenarioText;
import sahelsim.model.Seeds;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Scenario;

/**
 * One run of a finished sweep, rebuilt from the sweep folder alone to be run again with full outputs: the sweep
 * file's text as its manifest recorded it, the run's values set on the base scenario, and the run's seed. The base
 * scenario must still be the one the sweep ran (same canonical hash), else the numbers could not be the same.
 *
 * @param overrides the run's values as {@code key.path=value}, for the run's manifest
 */
public record SweepRerun(SweepSpec spec, SweepRun run, Scenario scenario, List<String> overrides) {

    public SweepRerun {
        overrides = List.copyOf(overrides);
    }

    public static SweepRerun of(Path sweepDir, long runId) {
        SweepManifest manifest = SweepManifest.read(sweepDir);
        if (!manifest.hasCurrentStream()) {
            throw new SweepError("the sweep in " + sweepDir + " was made with the random streams "
                    + manifest.randomStream() + " of an older sahelsim; this one makes " + Seeds.RANDOM_STREAM
                    + ", so its runs cannot be reproduced; run them with the sahelsim that made the sweep ("
                    + String.join(", ", manifest.programs()) + ")");
        }
        SweepLoader loader = SweepLoader.shipped();
        SweepSpec spec = loader.load(manifest.sweepFile(), manifest.sweepText());
        if (!ScenarioText.hash(spec.base()).equals(manifest.identity().baseSha256())) {
            throw new SweepError("the base scenario " + spec.baseFile() + " has changed since the sweep in "
                    + sweepDir + " ran, so its runs cannot be reproduced; restore the scenario as it was "
                    + "(the sweep's manifest.json holds its canonical text under base.canonical)");
        }
        if (spec.commonRandomNumbers() != manifest.commonRandomNumbers()) {
            throw new SweepError("the sweep in " + sweepDir + " was seeded " + (manifest.commonRandomNumbers()
                    ? "with" : "without") + " common random numbers, as this sahelsim would not seed it, so its runs "
                    + "cannot be reproduced; run them with the sahelsim that made the sweep ("
                    + String.join(", ", manifest.programs()) + ")");
        }
        SweepPlan plan = SweepPlan.of(spec, manifest.growth());
        if (runId < 0 || runId >= plan.runCount()) {
            throw new SweepError("--run-id: the sweep " + spec.name() + " has runs 0 to " + (plan.runCount() - 1)
                    + ", got " + runId);
        }
        SweepRun run = plan.run(runId);
        List<String> overrides = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : run.settings().entrySet()) {
            overrides.add(e.getKey() + "=" + Choice.text(e.getValue()));
        }
        return new SweepRerun(spec, run, loader.scenario(spec, run), overrides);
    }
}
