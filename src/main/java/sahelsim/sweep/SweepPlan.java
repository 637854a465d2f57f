package sahelsim.sweep;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.Seeds;
import sahelsim.sweep.design.Design;
import sahelsim.sweep.design.FullFactorial;
import sahelsim.sweep.design.LatinHypercube;
import sahelsim.sweep.design.MorrisDesign;
import sahelsim.sweep.design.SaltelliDesign;

/**
 * The design points and runs of a sweep. The design's unit-cube coordinates become parameter values through
 * {@link Factor#at}; which point and replicate run {@code id} is comes from the sweep's {@link SweepGrowth} (for a
 * sweep that never grew, replicate {@code id % replications} of point {@code id / replications}), and its seed is
 * {@code Seeds.derive(seed, point, replicate)}, or with common random numbers {@code Seeds.derive(seed, group,
 * replicate)} for the point's Saltelli block or Morris trajectory, so any run can be rebuilt alone from the sweep
 * file and its growth, and growing a sweep leaves every existing run's id and seed as they were. Runs are made on demand: a sweep of a
 * million runs holds only its design's coordinates. A plan does not change once built, so sweep threads may share
 * it.
 */
public final class SweepPlan {

    private final SweepSpec spec;
    private final List<Factor> varied;
    private final Design design;
    private final double[][] points;
    private final SweepGrowth growth;

    private SweepPlan(SweepSpec spec, Design design, SweepGrowth growth) {
        this.spec = spec;
        this.varied = spec.varied();
        this.design = design;
        this.points = design.points();
        this.growth = growth == null ? SweepGrowth.of(points.length, spec.replications()) : growth;
        SweepGrowth.Size last = this.growth.last();
        if (last.points() != points.length || last.replications() != spec.replications()) {
            throw new SweepError("the sweep's growth ends at " + last.points() + " points x " + last.replications()
                    + " replications but its file makes " + points.length + " x " + spec.replications()
                    + "; the manifest was changed by hand");
        }
    }

    /** The plan of a sweep that has not grown. */
    public static SweepPlan of(SweepSpec spec) {
        return new SweepPlan(spec, design(spec, spec.varied()), null);
    }

    /** The plan of a sweep that grew through {@code growth}, whose last size is the file's. */
    public static SweepPlan of(SweepSpec spec, SweepGrowth growth) {
        return new SweepPlan(spec, design(spec, spec.varied()), growth);
    }

    /**
     * The design, for the analysis: a {@link SaltelliDesign} for sobol, a {@link MorrisDesign} for morris. The
     * random parts of lhs and morris draw from one generator seeded with the sweep seed.
     */
    private static Design design(SweepSpec spec, List<Factor> varied) {
        int k = varied.size();
        return switch (spec.design()) {
            case GRID -> new FullFactorial(varied.stream().mapToInt(Factor::valueCount).toArray());
            case LHS -> new LatinHypercube(spec.samples(), k, spec.seed());
            case SOBOL -> new SaltelliDesign(spec.samples(), k);
            case MORRIS -> new MorrisDesign(spec.samples(), k, spec.morrisLevels(), spec.seed());
        };
    }

    public SweepSpec spec() {
        return spec;
    }

    public Design design() {
        return design;
    }

    public SweepGrowth growth() {
        return growth;
    }

    public int pointCount() {
        return points.length;
    }

    public long runCount() {
        return (long) points.length * spec.replications();
    }

    /** Point {@code index}'s coordinates in the unit cube, one per varied parameter in file order. */
    public double[] unit(int index) {
        return points[index].clone();
    }

    public DesignPoint point(int index) {
        double[] unit = points[index];
        List<Choice> choices = new ArrayList<>();
        int d = 0;
        for (Factor f : spec.parameters()) {
            choices.add(f.at(f.varies() ? unit[d++] : 0));
        }
        return new DesignPoint(index, choices);
    }

    public SweepRun run(long id) {
        if (id < 0 || id >= runCount()) {
            throw new IndexOutOfBoundsException("run " + id + " of a sweep of " + runCount() + " runs");
        }
        int[] where = growth.locate(id);
        int point = where[0];
        int replicate = where[1];
        return new SweepRun(id, point, replicate, Seeds.derive(spec.seed(), seedGroup(point), replicate),
                point(point).choices());
    }

    /**
     * The group of points whose replicates share seeds: with common random numbers, the Saltelli block or Morris
     * trajectory, whose runs the estimators subtract from one another, so that noise common to them cancels
     * (common random numbers: Law 2015, Simulation Modeling and Analysis, 5th ed., §11.2); otherwise the point.
     */
    private int seedGroup(int point) {
        if (!spec.commonRandomNumbers()) {
            return point;
        }
        if (design instanceof SaltelliDesign s) {
            return point / s.blockSize();
        }
        return design instanceof MorrisDesign m ? point / (m.dimensions() + 1) : point;
    }
}
