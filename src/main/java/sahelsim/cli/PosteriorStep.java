package sahelsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import sahelsim.calibrate.CalibratedParameter;
import sahelsim.calibrate.CalibrationLoader;
import sahelsim.calibrate.CalibrationReport;
import sahelsim.calibrate.FinishedCalibration;
import sahelsim.calibrate.ParticleScenario;
import sahelsim.calibrate.target.TargetSet;
import sahelsim.calibrate.posterior.CalibratedRuns;
import sahelsim.calibrate.posterior.ParameterChoice;
import sahelsim.calibrate.posterior.PosteriorParameters;
import sahelsim.calibrate.posterior.RunParameters;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ScenarioText;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.SweepError;

/**
 * A hindcast of a calibration's posterior ({@code hindcast --posterior DIR}): the finished calibration is read and the
 * options checked against it before any run starts; each run's parameters come from the posterior, each finished run
 * is read as the calibration's targets read a run, and at the end the targets are scored on the runs.
 */
final class PosteriorStep {

    private final FinishedCalibration calibration;
    private final CalibrationLoader loader;
    private final PosteriorParameters parameters;

    private PosteriorStep(FinishedCalibration calibration, CalibrationLoader loader, ParameterChoice choice) {
        this.calibration = calibration;
        this.loader = loader;
        this.parameters = new PosteriorParameters(calibration.posterior(), calibration.spec().parameters().size(),
                choice);
    }

    /** Reads the finished calibration in {@code dir}; a folder that is not one is refused, naming what it lacks. */
    static PosteriorStep open(Path dir, ParameterChoice choice) throws IOException {
        CalibrationLoader loader = CalibrationLoader.shipped();
        try {
            return new PosteriorStep(FinishedCalibration.open(dir, loader), loader, choice);
        } catch (SweepError e) {
            throw new UserError("--posterior: " + e.getMessage());
        }
    }

    /** The calibration's base scenario file, which the hindcast scores unless told another. */
    Path baseFile() {
        return calibration.spec().baseFile().normalize();
    }

    /** Refuses a scenario other than the calibration's base: the posterior is one of that scenario's parameters. */
    void checkScenario(Path scenarioFile, Scenario given) {
        if (!ScenarioText.hash(given).equals(ScenarioText.hash(calibration.spec().base()))) {
            throw new UserError("--scenario: " + scenarioFile + " is not the base scenario of the calibration in "
                    + calibration.dir() + " (" + baseFile() + "); leave --scenario out to score "
                    + "that one");
        }
    }

    /** Refuses a setting of a key the posterior sets, or of a key holding one. */
    void checkSettings(List<ScenarioLoader.Setting> settings) {
        for (ScenarioLoader.Setting s : settings) {
            for (CalibratedParameter p : calibration.spec().parameters()) {
                if (p.path().equals(s.path()) || p.path().startsWith(s.path() + ".")) {
                    throw new UserError("--set " + s + ": the posterior of " + calibration.dir() + " sets " + p.path()
                            + "; leave it out, or hindcast without --posterior");
                }
            }
        }
    }

    /** The values the run of seed {@code seed} uses. */
    RunParameters parametersFor(long seed) {
        return parameters.forRun(seed);
    }

    /** How the runs' scenarios are made: the posterior's values set on {@code base}. */
    ParticleScenario scenarios(Scenario base) {
        return calibration.scenarios(loader, base);
    }

    /** A finished run read as the calibration's targets read a run, in the targets file's order. */
    double[] readings(Simulation.Result run) {
        return TargetSet.readings(calibration.spec().targets().targets(), run);
    }

    /** The runs' parameters and readings, in run order, with the targets scored on them. */
    CalibratedRuns scored(List<RunParameters> used, List<double[]> readings) {
        return new CalibratedRuns(calibration, parameters.choice(), used,
                CalibrationReport.of(calibration.spec(), readings));
    }
}
