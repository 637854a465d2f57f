package sahelsim.model.mechanics;

import java.util.Arrays;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.TravelField;
import sahelsim.model.Faction;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.agents.Population;
import sahelsim.scenario.ControlParams;

/**
 * Who controls each cell. Each faction's influence is the sum of its garrisons' and units' strength weighted
 * by a kernel exp(-d/L): over travel cost for garrisons (so mountains and the flooded delta hold it back),
 * over distance divided by local movement cost for units; a unit on the move projects only a share of its
 * strength, since a column passing through does not control a district. Influence persists after forces
 * leave, decaying
 * with a half-life, and civilians' affinity multiplies it. The government side's share of armed influence
 * gives Kalyvas' (2006) five zones: 1 full state control (share >= 0.9), 2 state dominant (>= 0.6),
 * 3 contested, 4 insurgent dominant (<= 0.4), 5 full insurgent control (<= 0.1); a cell with less total
 * influence than {@code control.minInfluence} is uncontrolled (zone 0).
 */
public final class ControlMap {

    public static final int UNCONTROLLED = 0;

    /** Share of its strength a unit projects while on the move (an assumption). */
    static final double TRANSIT = 0.3;

    private final Grid grid;
    private final List<Faction> factions;
    private final ControlParams params;
    private final int cells;
    private final int nf;
    private final float[] current;
    private final float[] persistent;
    private final float[] support;
    private final byte[] zone;
    private final byte[] dominant;
    private final float[] governmentShare;
    private final double[] totalSupport;
    private final double[] governmentSum;
    private final double[] insurgentSum;
    private final float[] bestValue;
    private final double[] blocValue;
    private final double[] bestBloc;
    private final int[] winningBloc;
    private final float decay;
    private final int[][] footprintCells;
    private final float[][] footprintWeights;
    /**
     * The unit kernel row by row: each row's offset in y, its half-width in x and where its weights start (at
     * the row's left end), so that a row is clipped to the map once rather than cell by cell.
     */
    private final int[] kernelRowDy;
    private final int[] kernelRowHalfWidth;
    private final int[] kernelRowStart;
    private final float[] kernelWeight;
    private final boolean[] governmentSide;
    private final double[] sourceWeight;
    private final float[] inverseCost;
    private final boolean[] present;

    public ControlMap(Grid grid, List<Faction> factions, ControlParams params) {
        this.grid = grid;
        this.factions = factions;
        this.params = params;
        this.cells = grid.landCellCount();
        this.nf = factions.size();
        current = new float[nf * cells];
        persistent = new float[nf * cells];
        support = new float[nf * cells];
        zone = new byte[cells];
        dominant = new byte[cells];
        governmentShare = new float[cells];
        totalSupport = new double[cells];
        governmentSum = new double[cells];
        insurgentSum = new double[cells];
        bestValue = new float[cells];
        blocValue = new double[nf * cells];
        bestBloc = new double[cells];
        winningBloc = new int[cells];
        Arrays.fill(dominant, (byte) -1);
        decay = (float) Math.pow(0.5, 1.0 / params.persistenceDays());
        footprintCells = new int[grid.geography().towns().size()][];
        footprintWeights = new float[footprintCells.length][];
        governmentSide = new boolean[nf];
        sourceWeight = new double[nf];
        present = new boolean[nf];
        inverseCost = new float[grid.cellCount()];
        for (int c = 0; c < inverseCost.length; c++) {
            inverseCost[c] = (float) (1.0 / grid.movementCost(c));
        }
        for (Faction f : factions) {
            governmentSide[f.index()] = !f.insurgent();
            sourceWeight[f.index()] = f.behaviour().quality() * f.behaviour().controlWeight();
        }
        double reach = 3 * params.unitKernelKm();
        int r = (int) Math.ceil(reach / grid.cellKm());
        int count = 0;
        int rows = 0;
        int[] rowDy = new int[2 * r + 1];
        int[] rowHalfWidth = new int[rowDy.length];
        int[] rowStart = new int[rowDy.length];
        float[] w = new float[(2 * r + 1) * (2 * r + 1)];
        for (int y = -r; y <= r; y++) {
            int start = count;
            int halfWidth = -1;
            for (int x = -r; x <= r; x++) {
                double km = Math.hypot(x, y) * grid.cellKm();
                if (km <= reach) {
                    w[count] = (float) Math.exp(-km / params.unitKernelKm());
                    halfWidth = Math.max(halfWidth, x);
                    count++;
                }
            }
            if (halfWidth >= 0) {
                rowDy[rows] = y;
                rowHalfWidth[rows] = halfWidth;
                rowStart[rows] = start;
                rows++;
            }
        }
        kernelRowDy = Arrays.copyOf(rowDy, rows);
        kernelRowHalfWidth = Arrays.copyOf(rowHalfWidth, rows);
        kernelRowStart = Arrays.copyOf(rowStart, rows);
        kernelWeight = Arrays.copyOf(w, count);
    }

    /**
     * Recomputes influence and zones from the forces on the map and civilians' affinity. Members of a full
     * coalition count together when the dominant faction is chosen ("under one flag" they face the population
     * as one actor); the cell goes to the member with the most influence there.
     */
    public void update(List<Garrison> garrisons, List<ArmedUnit> units, Population population) {
        update(garrisons, units, population, null);
    }

    /** As {@link #update(List, List, Population)}, with {@code bloc[f]} the full coalition of each faction (or itself). */
    public void update(List<Garrison> garrisons, List<ArmedUnit> units, Population population, int[] bloc) {
        boolean[] sourced = new boolean[nf];
        for (Garrison g : garrisons) {
            sourced[g.faction()] |= g.troops() * sourceWeight[g.faction()] > 0;
        }
        for (ArmedUnit u : units) {
            sourced[u.faction()] |= u.strength() * sourceWeight[u.faction()] > 0;
        }
        for (int f = 0; f < nf; f++) {
            if (sourced[f] || present[f]) {
                Arrays.fill(current, f * cells, (f + 1) * cells, 0f);
            }
        }
        for (Garrison g : garrisons) {
            double s = g.troops() * sourceWeight[g.faction()];
            if (s > 0) {
                addFootprint(g.faction(), g.town(), s);
            }
        }
        for (ArmedUnit u : units) {
            double s = u.strength() * sourceWeight[u.faction()] * (u.arrived() || u.mission() == Mission.IDLE ? 1 : TRANSIT);
            if (s > 0) {
                addKernel(u.faction(), u.cell(), s);
            }
        }
        float weight = (float) params.supportWeight();
        float[] affinity = population.affinityArray();
        // Faction by faction over flat arrays, so the loops stay simple enough for the JIT to vectorise;
        // a faction with no forces and no lingering influence is skipped.
        for (int f = 0; f < nf; f++) {
            if (!sourced[f] && !present[f]) {
                continue;
            }
            float max = 0;
            for (int k = f * cells, end = k + cells; k < end; k++) {
                float p = Math.max(current[k], persistent[k] * decay);
                persistent[k] = p;
                support[k] = p * (1 + weight * affinity[k]);
                max = Math.max(max, p);
            }
            present[f] = max > 1e-3f;
            if (!present[f]) {
                Arrays.fill(persistent, f * cells, (f + 1) * cells, 0f);
                Arrays.fill(support, f * cells, (f + 1) * cells, 0f);
            }
        }
        resolveZones(bloc);
    }

    /**
     * Sums each cell's influence by side and finds its dominant faction. The loops run faction by faction over
     * whole arrays (the JIT vectorises them); sums are taken in faction order, so results do not depend on
     * the loop layout. A faction with no influence anywhere adds nothing and is skipped.
     */
    private void resolveZones(int[] bloc) {
        Arrays.fill(totalSupport, 0);
        Arrays.fill(governmentSum, 0);
        Arrays.fill(insurgentSum, 0);
        Arrays.fill(bestValue, 0);
        Arrays.fill(dominant, (byte) -1);
        for (int f = 0; f < nf; f++) {
            if (!present[f]) {
                continue;
            }
            int base = f * cells;
            double[] side = governmentSide[f] ? governmentSum : insurgentSum;
            for (int i = 0; i < cells; i++) {
                float s = support[base + i];
                totalSupport[i] += s;
                side[i] += s;
            }
        }
        // Without a full coalition every bloc is one faction, and the bloc rule is the plain one.
        if (bloc == null || everyoneAlone(bloc)) {
            for (int f = 0; f < nf; f++) {
                if (!present[f]) {
                    continue;
                }
                int base = f * cells;
                for (int i = 0; i < cells; i++) {
                    if (support[base + i] > bestValue[i]) {
                        bestValue[i] = support[base + i];
                        dominant[i] = (byte) f;
                    }
                }
            }
        } else {
            dominantByBloc(bloc);
        }
        double min = params.minInfluence();
        for (int i = 0; i < cells; i++) {
            double total = governmentSum[i] + insurgentSum[i];
            if (total < min || dominant[i] < 0) {
                zone[i] = UNCONTROLLED;
                dominant[i] = -1;
                governmentShare[i] = 0;
            } else {
                double share = governmentSum[i] / total;
                governmentShare[i] = (float) share;
                zone[i] = (byte) zoneOf(share);
            }
        }
    }

    private static boolean everyoneAlone(int[] bloc) {
        for (int f = 0; f < bloc.length; f++) {
            if (bloc[f] != f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dominant faction when members of a full coalition count together: the bloc with the most influence
     * wins the cell (the first on ties, blocs ordered by their first member), and the cell goes to that bloc's
     * member with the most influence (the first on ties). Faction by faction over whole arrays, as above.
     */
    private void dominantByBloc(int[] bloc) {
        boolean[] blocPresent = new boolean[nf];
        int[] members = new int[nf];
        for (int f = 0; f < nf; f++) {
            blocPresent[bloc[f]] |= present[f];
            members[bloc[f]]++;
        }
        Arrays.fill(blocValue, 0);
        for (int f = 0; f < nf; f++) {
            if (!present[f]) {
                continue;
            }
            int from = f * cells;
            int to = bloc[f] * cells;
            for (int i = 0; i < cells; i++) {
                blocValue[to + i] += support[from + i];
            }
        }
        // Only a bloc's first member can win a cell for it: the others carry the same value, and a tie keeps
        // the earlier faction. A bloc with no influence never beats zero.
        Arrays.fill(bestBloc, 0);
        Arrays.fill(winningBloc, -1);
        for (int f = 0; f < nf; f++) {
            if (bloc[f] != f || !blocPresent[f]) {
                continue;
            }
            int base = f * cells;
            for (int i = 0; i < cells; i++) {
                if (blocValue[base + i] > bestBloc[i]) {
                    bestBloc[i] = blocValue[base + i];
                    winningBloc[i] = f;
                    dominant[i] = (byte) f;
                }
            }
        }
        Arrays.fill(bestValue, -1);
        for (int f = 0; f < nf; f++) {
            if (members[bloc[f]] < 2) {
                continue;
            }
            int base = f * cells;
            int b = bloc[f];
            for (int i = 0; i < cells; i++) {
                if (winningBloc[i] == b && support[base + i] > bestValue[i]) {
                    bestValue[i] = support[base + i];
                    dominant[i] = (byte) f;
                }
            }
        }
    }

    /** Kalyvas zone from the government side's share of armed influence. */
    public static int zoneOf(double governmentShare) {
        if (governmentShare >= 0.9) {
            return 1;
        }
        if (governmentShare >= 0.6) {
            return 2;
        }
        if (governmentShare > 0.4) {
            return 3;
        }
        if (governmentShare > 0.1) {
            return 4;
        }
        return 5;
    }

    private void addFootprint(int faction, int town, double strength) {
        if (footprintCells[town] == null) {
            buildFootprint(town);
        }
        int[] fc = footprintCells[town];
        float[] fw = footprintWeights[town];
        int base = faction * cells;
        for (int k = 0; k < fc.length; k++) {
            current[base + fc[k]] += (float) (strength * fw[k]);
        }
    }

    private void buildFootprint(int town) {
        TravelField field = grid.travelTo(town);
        double reach = 3 * params.garrisonKernelKm();
        int[] tmpCells = new int[cells];
        float[] tmpWeights = new float[cells];
        int count = 0;
        for (int i = 0; i < cells; i++) {
            double cost = field.cost(grid.landCell(i));
            if (cost <= reach) {
                tmpCells[count] = i;
                tmpWeights[count] = (float) Math.exp(-cost / params.garrisonKernelKm());
                count++;
            }
        }
        footprintCells[town] = Arrays.copyOf(tmpCells, count);
        footprintWeights[town] = Arrays.copyOf(tmpWeights, count);
    }

    private void addKernel(int faction, int cell, double strength) {
        int x0 = grid.x(cell);
        int y0 = grid.y(cell);
        int base = faction * cells;
        for (int row = 0; row < kernelRowDy.length; row++) {
            int y = y0 + kernelRowDy[row];
            if (y < 0 || y >= grid.height()) {
                continue;
            }
            int halfWidth = kernelRowHalfWidth[row];
            int centre = kernelRowStart[row] + halfWidth;
            int rowCell = grid.index(x0, y);
            int to = Math.min(halfWidth, grid.width() - 1 - x0);
            for (int dx = Math.max(-halfWidth, -x0); dx <= to; dx++) {
                int c = rowCell + dx;
                int i = grid.landIndex(c);
                if (i >= 0) {
                    current[base + i] += (float) (strength * kernelWeight[centre + dx] * inverseCost[c]);
                }
            }
        }
    }

    /** Kalyvas zone 1-5 of a land cell, or 0 when uncontrolled. */
    public int zone(int landIndex) {
        return zone[landIndex];
    }

    /** The faction with the most influence in a land cell, or -1 when uncontrolled. */
    public int dominant(int landIndex) {
        return dominant[landIndex];
    }

    public double governmentShare(int landIndex) {
        return governmentShare[landIndex];
    }

    /** A faction's influence in a land cell, with civilian support, in fighter-equivalents. */
    public double influence(int faction, int landIndex) {
        return support[faction * cells + landIndex];
    }

    /** A faction's share of all armed influence in a land cell (0 when nobody is there). */
    public double share(int faction, int landIndex) {
        double total = totalSupport[landIndex];
        return total <= 0 ? 0 : support[faction * cells + landIndex] / total;
    }

    public List<Faction> factions() {
        return factions;
    }
}
