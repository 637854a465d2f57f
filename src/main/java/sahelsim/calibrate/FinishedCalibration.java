package sahelsim.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import sahelsim.calibrate.abc.Population;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.SweepError;

/**
 * A finished calibration read back from its folder, for using its posterior elsewhere: the calibration file its
 * manifest names (loaded again and checked to be the one that made the folder), and its final population replayed
 * from the generations' logs, exactly as the posterior predictive runs drew from it.
 *
 * @param dir       the calibration folder
 * @param spec      the calibration file, loaded
 * @param posterior the last generation's population, with its weights
 */
public record FinishedCalibration(Path dir, CalibrationSpec spec, Population posterior) {

    /** Reads the finished calibration in {@code dir}, or says, naming the folder, what it lacks to be one. */
    public static FinishedCalibration open(Path dir, CalibrationLoader loader) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new SweepError(dir + " is not a folder: expected a finished calibration's folder (such as "
                    + "results/calibrate-2022-2023)");
        }
        if (!CalibrationManifest.isCalibration(dir)) {
            throw new SweepError(dir + " holds no calibration: its " + CalibrationFolder.MANIFEST + " is missing or is "
                    + "not a calibration's");
        }
        CalibrationManifest manifest = CalibrationManifest.read(dir);
        String file = manifest.settings().get("file");
        if (!manifest.isComplete()) {
            throw new SweepError(dir + " holds a calibration that is not finished (" + manifest.generations().size()
                    + " generation" + (manifest.generations().size() == 1 ? "" : "s") + " closed, status "
                    + manifest.status() + "): it lacks its final population's posterior predictive runs; finish it "
                    + "with 'sahelsim calibrate " + file + " --out " + dir + "'");
        }
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new SweepError(dir + " names the calibration file " + file + " in its " + CalibrationFolder.MANIFEST
                    + ", which is not found from the current folder: run from the folder the calibration ran in");
        }
        CalibrationSpec spec = loader.load(Path.of(file));
        Calibration calibration = CalibrationSetup.of(spec, loader.scenarios());
        String difference = manifest.difference(calibration.identity());
        if (difference != null) {
            throw new SweepError(dir + " was made by another version of " + file + ": " + difference);
        }
        CalibrationHistory history = CalibrationHistory.replay(dir, calibration, manifest.predictiveFrom());
        if (!history.current().isComplete()) {
            throw new SweepError(dir + " holds a calibration whose logs are not complete (next: " + history.current()
                    + "), though its manifest says it is finished; run 'sahelsim calibrate " + file + " --out " + dir
                    + "' to complete it");
        }
        return new FinishedCalibration(dir, spec, history.last());
    }

    /** How this calibration's particles become scenarios: its parameters set on {@code base}. */
    public ParticleScenario scenarios(CalibrationLoader loader, Scenario base) {
        return new ParticleScenario(loader.scenarios(), base, spec.parameters());
    }
}
