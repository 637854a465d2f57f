package sahelsim.calibrate.posterior;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sahelsim.calibrate.CalibratedParameter;
import sahelsim.calibrate.CalibrationReport;
import sahelsim.calibrate.CalibrationSpec;
import sahelsim.calibrate.FinishedCalibration;
import sahelsim.hindcast.posterior.FitPeriod;
import sahelsim.hindcast.posterior.PosteriorView;

/**
 * A hindcast's runs made with a calibration's posterior: the calibration, how the runs took their parameters, the
 * values each run used (in run order), and the calibration's targets scored on the runs.
 */
public record CalibratedRuns(FinishedCalibration calibration, ParameterChoice choice, List<RunParameters> runs,
                             CalibrationReport targets) {

    public CalibratedRuns {
        runs = List.copyOf(runs);
    }

    /** The fitted period of a calibration, with the days its targets read. */
    public static FitPeriod fit(CalibrationSpec spec) {
        return new FitPeriod(spec.fit(), spec.targets().dates(spec.fit()));
    }

    public FitPeriod fit() {
        return fit(calibration.spec());
    }

    /** The calibrated parameters' key paths, in the order of each run's values. */
    public List<String> parameters() {
        return calibration.spec().parameters().stream().map(CalibratedParameter::path).toList();
    }

    /**
     * The value run {@code run} gave parameter {@code d}, as its scenario held it (to 12 significant digits, a
     * whole-number key rounded), in plain notation: the run can be made again by setting it.
     */
    public String used(int run, int d) {
        Object value = calibration.spec().parameters().get(d).scale().value(runs.get(run).values()[d]);
        return value instanceof Double x ? BigDecimal.valueOf(x).stripTrailingZeros().toPlainString()
                : value.toString();
    }

    /** What the hindcast's report shows of these runs. */
    public PosteriorView view() {
        List<String> parameters = parameters();
        List<List<String>> values = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            List<String> run = new ArrayList<>();
            for (int d = 0; d < parameters.size(); d++) {
                run.add(used(r, d));
            }
            values.add(run);
        }
        return new PosteriorView(fit(), parameters, runs.stream().map(RunParameters::particle).toList(), values,
                PosteriorSection.calibration(this), PosteriorSection.targets(this));
    }

    /** Which calibration, in a line: folder, name, fitted period, generation and particles. */
    public String describe() {
        CalibrationSpec spec = calibration.spec();
        return "calibration " + spec.name() + " in " + calibration.dir() + ", fitted to " + spec.fit() + " ("
                + fit().dates() + "), generation " + calibration.posterior().generation() + ", "
                + calibration.posterior().size() + " particles";
    }
}
