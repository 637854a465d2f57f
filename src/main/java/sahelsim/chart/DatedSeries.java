package sahelsim.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;

/**
 * A series over dates for a time chart: a value on each date and, for a set of replicates, the 95% confidence
 * interval of the mean (NaN bounds for a single run).
 *
 * @param dashed drawn dashed, for a reference series such as the uncontrolled share
 */
public record DatedSeries(String label, Color colour, boolean dashed, List<Point> points) {

    /** A value on a date with its interval. */
    public record Point(LocalDate date, double value, double low, double high) {

        public static Point of(LocalDate date, double value) {
            return new Point(date, value, Double.NaN, Double.NaN);
        }
    }

    public DatedSeries {
        points = List.copyOf(points);
    }

    public DatedSeries(String label, Color colour, List<Point> points) {
        this(label, colour, false, points);
    }

    /** Whether every value is zero or missing: such a series is left out of charts to keep legends short. */
    public boolean isEmpty() {
        return points.stream().allMatch(p -> Double.isNaN(p.value()) || p.value() == 0);
    }
}
