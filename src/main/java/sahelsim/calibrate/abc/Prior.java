package sahelsim.calibrate.abc;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.special.Erf;

/**
 * The prior of one parameter. ABC-SMC works on each parameter in the space where its prior is simplest: the
 * logarithm of a log-uniform parameter (where it is uniform), the value itself otherwise. Particles are moved
 * in that space, so that a parameter known only to its order of magnitude is explored by factors, not by steps;
 * the density here is the prior's density in that space, which is what the importance weights of Beaumont et
 * al. (2009) divide by the perturbation kernel's, also taken in that space.
 */
public sealed interface Prior permits Prior.Uniform, Prior.LogUniform, Prior.Normal {

    /** The value's coordinate in the working space. */
    double toSpace(double value);

    /** The value at a coordinate of the working space. */
    double fromSpace(double z);

    /** Whether a coordinate lies where the prior is positive. */
    boolean inSupport(double z);

    /** The prior's density at a coordinate of the working space (0 outside the support). */
    double density(double z);

    /** A coordinate drawn from the prior. */
    double draw(MersenneTwisterFast random);

    /** The prior's standard deviation in the working space: the scale below which a kernel is degenerate. */
    double spread();

    /** How the prior reads in a file and in outputs: {@code uniform(0.2, 1)}. */
    String describe();

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Prior {
        public Uniform {
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a uniform prior needs finite min < max, got " + min + ", " + max);
            }
        }

        @Override
        public double toSpace(double value) {
            return value;
        }

        @Override
        public double fromSpace(double z) {
            return z;
        }

        @Override
        public boolean inSupport(double z) {
            return z >= min && z <= max;
        }

        @Override
        public double density(double z) {
            return inSupport(z) ? 1 / (max - min) : 0;
        }

        @Override
        public double draw(MersenneTwisterFast random) {
            return min + random.nextDouble() * (max - min);
        }

        @Override
        public double spread() {
            return (max - min) / Math.sqrt(12);
        }

        @Override
        public String describe() {
            return "uniform(" + plain(min) + ", " + plain(max) + ")";
        }
    }

    /** Log-uniform on [min, max], min above 0: each factor of ten as likely as the next. */
    record LogUniform(double min, double max) implements Prior {
        public LogUniform {
            if (!(min > 0 && min < max) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a log-uniform prior needs 0 < min < max, got " + min + ", " + max);
            }
        }

        @Override
        public double toSpace(double value) {
            return Math.log(value);
        }

        @Override
        public double fromSpace(double z) {
            return Math.exp(z);
        }

        @Override
        public boolean inSupport(double z) {
            return z >= Math.log(min) && z <= Math.log(max);
        }

        @Override
        public double density(double z) {
            return inSupport(z) ? 1 / (Math.log(max) - Math.log(min)) : 0;
        }

        @Override
        public double draw(MersenneTwisterFast random) {
            return Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min));
        }

        @Override
        public double spread() {
            return (Math.log(max) - Math.log(min)) / Math.sqrt(12);
        }

        @Override
        public String describe() {
            return "log-uniform(" + plain(min) + ", " + plain(max) + ")";
        }
    }

    /** Normal with this mean and standard deviation, truncated to [min, max] (either may be infinite). */
    record Normal(double mean, double sd, double min, double max) implements Prior {
        public Normal {
            if (!(sd > 0) || !Double.isFinite(mean) || !Double.isFinite(sd) || !(min < max)) {
                throw new IllegalArgumentException("a normal prior needs a finite mean, sd > 0 and min < max, got "
                        + mean + ", " + sd + ", " + min + ", " + max);
            }
            if (!(mass(mean, sd, min, max) > 1e-12)) {
                throw new IllegalArgumentException("a normal prior of mean " + mean + " and sd " + sd
                        + " has no mass between " + min + " and " + max);
            }
        }

        /** Unbounded. */
        public Normal(double mean, double sd) {
            this(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        private static double mass(double mean, double sd, double min, double max) {
            return cdf((max - mean) / sd) - cdf((min - mean) / sd);
        }

        @Override
        public double toSpace(double value) {
            return value;
        }

        @Override
        public double fromSpace(double z) {
            return z;
        }

        @Override
        public boolean inSupport(double z) {
            return z >= min && z <= max;
        }

        @Override
        public double density(double z) {
            if (!inSupport(z)) {
                return 0;
            }
            double u = (z - mean) / sd;
            return Math.exp(-0.5 * u * u) / (sd * Math.sqrt(2 * Math.PI) * mass(mean, sd, min, max));
        }

        /** By inversion, so that one uniform number gives one draw whatever the bounds. */
        @Override
        public double draw(MersenneTwisterFast random) {
            double low = cdf((min - mean) / sd);
            double high = cdf((max - mean) / sd);
            double p = low + random.nextDouble() * (high - low);
            double z = mean + sd * quantile(Math.min(Math.max(p, 1e-300), 1 - 1e-16));
            return Math.min(max, Math.max(min, z));
        }

        @Override
        public double spread() {
            return sd;
        }

        @Override
        public String describe() {
            String bounds = Double.isInfinite(min) && Double.isInfinite(max) ? ""
                    : ", " + (Double.isInfinite(min) ? "-inf" : plain(min)) + ", "
                    + (Double.isInfinite(max) ? "inf" : plain(max));
            return "normal(" + plain(mean) + ", " + plain(sd) + bounds + ")";
        }
    }

    /** A number as a file writes it: 0.0001, not 1.0E-4; 1, not 1.0. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The standard normal distribution function. */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** Its inverse. */
    static double quantile(double p) {
        return -Math.sqrt(2) * Erf.erfcInv(2 * p);
    }
}
