package sahelsim.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour scale (van der Walt and Smith, matplotlib 2015): perceptually uniform, readable in grey
 * and by the colour blind, from dark purple at the low end to yellow at the high end. Values outside the
 * range take the end colours; NaN (no run) is light grey.
 */
final class ViridisScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;

    /** Nine evenly spaced stops of matplotlib's viridis table. */
    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};
    static final Color MISSING = new Color(0xE0E0E0);

    private final double lower;
    private final double upper;

    ViridisScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    Color colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** Whether text on this value's colour should be white (the dark low end) rather than black. */
    boolean dark(double value) {
        Color c = colour(value);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }
}
