package sahelsim.calibrate.posterior;

import java.util.Locale;

/** How the runs of a hindcast take their parameters from a calibration's posterior. */
public enum ParameterChoice {

    /** Each run draws a particle of the final population, by its weight. */
    DRAW("each run draws a particle of the final population by its weight"),
    /** Every run uses each parameter's weighted posterior mean. */
    MEAN("every run uses each parameter's weighted posterior mean"),
    /** Every run uses each parameter's weighted posterior median. */
    MEDIAN("every run uses each parameter's weighted posterior median");

    private final String description;

    ParameterChoice(String description) {
        this.description = description;
    }

    /** The choice {@code --point} names (mean or median), or null for another word. */
    public static ParameterChoice point(String word) {
        return switch (word) {
            case "mean" -> MEAN;
            case "median" -> MEDIAN;
            default -> null;
        };
    }

    /** What the runs did, in words. */
    public String description() {
        return description;
    }

    /** The word hindcast-runs.csv writes for a run of a point choice (mean, median). */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
