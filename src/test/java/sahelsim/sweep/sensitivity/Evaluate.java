package sahelsim.sweep.sensitivity;

import java.util.function.ToDoubleFunction;
import sahelsim.sweep.design.Design;

/** A test function evaluated at every point of a design, in the design's order. */
final class Evaluate {

    private Evaluate() {
    }

    static double[] at(Design design, ToDoubleFunction<double[]> f) {
        double[][] points = design.points();
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            y[i] = f.applyAsDouble(points[i]);
        }
        return y;
    }
}
