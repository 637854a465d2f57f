package sahelsim.epstein;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sahelsim.model.Draws;
import sahelsim.model.Seeds;
import sahelsim.model.rebellion.RebellionRules;

/**
 * One run of Epstein's Model I (PNAS 99 suppl. 3, 2002): citizens and cops on a torus. Each step every citizen not
 * in jail and every cop takes a turn, in a new random order (asynchronous random activation, as in the paper and
 * NetLogo's Rebellion): it moves to a random empty site within its vision (rule M), then a citizen decides to be
 * active or quiet (rule A) and a cop arrests one active citizen within its vision, chosen at random (rule C). An
 * arrested citizen leaves the lattice for its jail term and comes back quiet.
 *
 * <p>Citizens are arrays indexed 0..n-1 (hardship, risk aversion, state, site); cops are sites. Every draw comes
 * from one generator seeded with all 64 bits of the run's seed.
 */
public final class CivilViolence {

    private static final int EMPTY = 0;
    private static final int NOT_ON_LATTICE = -1;

    private final RebellionRules rules;
    private final LegitimacyPath legitimacyPath;
    private final MersenneTwisterFast random;
    private final Torus torus;
    private final int[][] agentSees;
    private final int[][] copSees;
    /** What stands on each site: EMPTY, citizen i as i + 1, cop j as -(j + 1). */
    private final int[] occupant;
    private final double[] hardship;
    private final double[] riskAversion;
    private final boolean[] active;
    private final int[] citizenSite;
    /** Where a jailed citizen was taken from, and the step at whose start it comes back. */
    private final int[] arrestSite;
    private final int[] releaseStep;
    private final int[] copSite;
    private final int[] order;
    private final int[] candidates;
    private int step;
    private double legitimacy;

    private CivilViolence(Lattice lattice, LegitimacyPath legitimacyPath, MersenneTwisterFast random, int citizens,
                          int cops) {
        this.rules = lattice.rules();
        this.legitimacyPath = legitimacyPath;
        this.random = random;
        this.torus = new Torus(lattice.width(), lattice.height());
        this.agentSees = torus.sitesWithin(lattice.agentVision());
        this.copSees = torus.sitesWithin(lattice.copVision());
        this.occupant = new int[torus.sites()];
        this.hardship = new double[citizens];
        this.riskAversion = new double[citizens];
        this.active = new boolean[citizens];
        this.citizenSite = new int[citizens];
        this.arrestSite = new int[citizens];
        this.releaseStep = new int[citizens];
        this.copSite = new int[cops];
        this.order = new int[citizens + cops];
        this.candidates = new int[torus.sites()];
        this.legitimacy = legitimacyPath.at(0);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /**
     * A run on the lattice as the paper starts it: cops, then citizens, each on a distinct random site; every
     * citizen quiet with hardship H ~ U(0,1) and risk aversion R ~ U(0,1).
     */
    public static CivilViolence start(Lattice lattice, LegitimacyPath legitimacy, long seed) {
        MersenneTwisterFast random = Seeds.generator(seed);
        CivilViolence run = new CivilViolence(lattice, legitimacy, random, lattice.citizens(), lattice.cops());
        int[] sites = new int[run.torus.sites()];
        for (int s = 0; s < sites.length; s++) {
            sites[s] = s;
        }
        Draws.shuffle(sites, random);
        int next = 0;
        for (int j = 0; j < run.copSite.length; j++) {
            run.placeCop(j, sites[next++]);
        }
        for (int i = 0; i < run.hardship.length; i++) {
            run.placeCitizen(i, sites[next++], random.nextDouble(), random.nextDouble());
        }
        return run;
    }

    /** A hand-made world for tests and demonstrations: citizens and cops where the caller puts them. */
    public static Builder builder(Lattice lattice, LegitimacyPath legitimacy, long seed) {
        return new Builder(lattice, legitimacy, seed);
    }

    /** Places citizens and cops one by one on chosen sites. */
    public static final class Builder {
        private final Lattice lattice;
        private final LegitimacyPath legitimacy;
        private final long seed;
        private final List<double[]> citizens = new ArrayList<>();
        private final List<int[]> cops = new ArrayList<>();

        private Builder(Lattice lattice, LegitimacyPath legitimacy, long seed) {
            this.lattice = lattice;
            this.legitimacy = legitimacy;
            this.seed = seed;
        }

        /** A quiet citizen at (x, y) with hardship H and risk aversion R; its index is the order of the calls. */
        public Builder citizen(int x, int y, double hardship, double riskAversion) {
            citizens.add(new double[] {x, y, hardship, riskAversion});
            return this;
        }

        public Builder cop(int x, int y) {
            cops.add(new int[] {x, y});
            return this;
        }

        public CivilViolence build() {
            CivilViolence run = new CivilViolence(lattice, legitimacy, Seeds.generator(seed), citizens.size(),
                    cops.size());
            for (int j = 0; j < cops.size(); j++) {
                run.placeCop(j, run.torus.site(cops.get(j)[0], cops.get(j)[1]));
            }
            for (int i = 0; i < citizens.size(); i++) {
                double[] c = citizens.get(i);
                run.placeCitizen(i, run.torus.site((int) c[0], (int) c[1]), c[2], c[3]);
            }
            return run;
        }
    }

    private void placeCop(int cop, int site) {
        requireEmpty(site);
        copSite[cop] = site;
        occupant[site] = -(cop + 1);
    }

    private void placeCitizen(int citizen, int site, double h, double r) {
        requireEmpty(site);
        if (!(h >= 0 && h <= 1 && r >= 0 && r <= 1)) {
            throw new IllegalArgumentException("citizen " + citizen + ": expected hardship and risk aversion from 0 to"
                    + " 1, got " + h + " and " + r);
        }
        hardship[citizen] = h;
        riskAversion[citizen] = r;
        citizenSite[citizen] = site;
        occupant[site] = citizen + 1;
    }

    private void requireEmpty(int site) {
        if (occupant[site] != EMPTY) {
            throw new IllegalArgumentException("site (" + torus.x(site) + ", " + torus.y(site) + ") is taken");
        }
    }

    /**
     * One step: legitimacy for the step, citizens whose term ended back on the lattice, then every turn in a new
     * random order.
     */
    public void step() {
        step++;
        legitimacy = legitimacyPath.at(step);
        for (int i = 0; i < citizenSite.length; i++) {
            if (citizenSite[i] == NOT_ON_LATTICE && releaseStep[i] == step) {
                release(i);
            }
        }
        Draws.shuffle(order, random);
        for (int agent : order) {
            if (agent < citizenSite.length) {
                if (citizenSite[agent] != NOT_ON_LATTICE) {
                    moveCitizen(agent);
                    decide(agent);
                }
            } else {
                int cop = agent - citizenSite.length;
                moveCop(cop);
                arrest(cop);
            }
        }
    }

    /** Rule A for one citizen where it stands. */
    void decide(int citizen) {
        int cops = 0;
        int actives = 1;
        for (int s : agentSees[citizenSite[citizen]]) {
            int o = occupant[s];
            if (o < 0) {
                cops++;
            } else if (o > 0 && active[o - 1]) {
                actives++;
            }
        }
        double p = rules.arrestProbability(cops, actives);
        active[citizen] = rules.activates(RebellionRules.grievance(hardship[citizen], legitimacy),
                riskAversion[citizen], p);
    }

    /** Rule C for one cop: one active citizen within its vision, chosen at random, goes to jail. */
    void arrest(int cop) {
        int n = 0;
        for (int s : copSees[copSite[cop]]) {
            int o = occupant[s];
            if (o > 0 && active[o - 1]) {
                candidates[n++] = o - 1;
            }
        }
        if (n > 0) {
            jail(candidates[random.nextInt(n)]);
        }
    }

    private void jail(int citizen) {
        int site = citizenSite[citizen];
        occupant[site] = EMPTY;
        active[citizen] = false;
        arrestSite[citizen] = site;
        citizenSite[citizen] = NOT_ON_LATTICE;
        releaseStep[citizen] = step + rules.jailTerm(random) + 1;
    }

    /**
     * Back from jail, quiet: to the site it was taken from if that is free, otherwise to a random empty site (the
     * paper does not say; NetLogo leaves it on its old patch even when someone else stands there).
     */
    private void release(int citizen) {
        int site = arrestSite[citizen];
        if (occupant[site] != EMPTY) {
            int n = 0;
            for (int s = 0; s < occupant.length; s++) {
                if (occupant[s] == EMPTY) {
                    candidates[n++] = s;
                }
            }
            site = candidates[random.nextInt(n)];
        }
        citizenSite[citizen] = site;
        occupant[site] = citizen + 1;
    }

    private void moveCitizen(int citizen) {
        int to = emptySiteWithin(agentSees[citizenSite[citizen]]);
        if (to >= 0) {
            occupant[citizenSite[citizen]] = EMPTY;
            citizenSite[citizen] = to;
            occupant[to] = citizen + 1;
        }
    }

    private void moveCop(int cop) {
        int to = emptySiteWithin(copSees[copSite[cop]]);
        if (to >= 0) {
            occupant[copSite[cop]] = EMPTY;
            copSite[cop] = to;
            occupant[to] = -(cop + 1);
        }
    }

    /** Rule M: a random empty site among those seen, or -1 when every one is taken. */
    private int emptySiteWithin(int[] seen) {
        int n = 0;
        for (int s : seen) {
            if (occupant[s] == EMPTY) {
                candidates[n++] = s;
            }
        }
        return n == 0 ? -1 : candidates[random.nextInt(n)];
    }

    /** Steps taken so far; 0 before the first. */
    public int stepNumber() {
        return step;
    }

    /** The legitimacy of the last step (of step 0 before the first). */
    public double legitimacy() {
        return legitimacy;
    }

    public int citizens() {
        return citizenSite.length;
    }

    public int activeCount() {
        int n = 0;
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                n++;
            }
        }
        return n;
    }

    public int jailedCount() {
        int n = 0;
        for (int site : citizenSite) {
            if (site == NOT_ON_LATTICE) {
                n++;
            }
        }
        return n;
    }

    public int quietCount() {
        return citizens() - activeCount() - jailedCount();
    }

    boolean isActive(int citizen) {
        return active[citizen];
    }

    boolean isJailed(int citizen) {
        return citizenSite[citizen] == NOT_ON_LATTICE;
    }

    /** The step at whose start a jailed citizen comes back. */
    int releaseStep(int citizen) {
        return releaseStep[citizen];
    }

    int siteOf(int citizen) {
        return citizenSite[citizen];
    }

    Torus torus() {
        return torus;
    }
}
