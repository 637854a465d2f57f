package sahelsim.sweep.sensitivity;

/**
 * The Ishigami and Homma (1990) test function, f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i uniform on
 * [-π, π], whose Sobol indices are known in closed form (Saltelli et al. 2008, Global Sensitivity Analysis:
 * The Primer, §4.6; also in SALib's test suite). For a = 7, b = 0.1: S = (0.3139, 0.4424, 0) and
 * S_T = (0.5576, 0.4424, 0.2437).
 */
final class Ishigami {

    static final double A = 7;
    static final double B = 0.1;

    private Ishigami() {
    }

    static double at(double[] unit) {
        double x1 = -Math.PI + 2 * Math.PI * unit[0];
        double x2 = -Math.PI + 2 * Math.PI * unit[1];
        double x3 = -Math.PI + 2 * Math.PI * unit[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double variance() {
        return A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
    }

    /** First-order indices from the closed forms V1 = (1 + b π⁴/5)² / 2, V2 = a²/8, V3 = 0. */
    static double[] firstOrder() {
        double v1 = Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2) / 2;
        return new double[] {v1 / variance(), A * A / 8 / variance(), 0};
    }

    /** Total indices: V13 = b² π⁸ (1/18 - 1/50) is the only interaction. */
    static double[] total() {
        double[] s = firstOrder();
        double s13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50) / variance();
        return new double[] {s[0] + s13, s[1], s13};
    }
}
