package sahelsim.hindcast.posterior;

import java.util.List;

/**
 * What the hindcast's report shows of runs made with a calibration's posterior, made by the calibration's side: the
 * fitted period the facts' dates are placed against, the parameters each run used, and the report's paragraphs on the
 * calibration and on its targets scored on the runs.
 *
 * @param parameters  the calibrated parameters' key paths
 * @param particles   per run, the particle drawn (its rank in the final population) or the point used (mean, median)
 * @param values      per run, each parameter's value as the run's scenario held it
 * @param calibration markdown: which calibration, and how the runs took its parameters
 * @param targets     markdown from a level-2 heading: the calibration's targets scored on the runs
 */
public record PosteriorView(FitPeriod fit, List<String> parameters, List<String> particles,
                            List<List<String>> values, String calibration, String targets) {

    public PosteriorView {
        parameters = List.copyOf(parameters);
        particles = List.copyOf(particles);
        values = values.stream().map(List::copyOf).toList();
    }
}
