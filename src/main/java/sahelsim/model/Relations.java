package sahelsim.model;

import java.util.ArrayList;
import java.util.List;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.RelationSpec;
import sahelsim.scenario.TruceRule;

/**
 * Hostility between factions, truces and coalitions. The effective hostility of a pair is 0 while they are
 * at truce or in an active coalition; otherwise it is the declared value, or by default 1 between sides and
 * 0 within a side. Each declared pair also carries the rules by which its truce breaks and how far apart the two
 * factions' aims lie.
 */
public final class Relations {

    private final List<Faction> factions;
    private final double[][] hostility;
    private final boolean[][] truce;
    private final boolean[][][] truceRules;
    private final int[][] incursionTroops;
    private final double[][] ideologicalDistance;
    private final CoalitionLevel[][] coalition;
    /**
     * Every pair's effective hostility and whether it is allied, at {@code a * n + b}, worked out again from the
     * arrays above whenever any of them changes: the mechanics ask for them in their innermost loops, and they
     * change only on a few days of a run.
     */
    private final double[] effectiveHostility;
    private final boolean[] alliedPair;

    /** The ideological distance of a pair the scenario does not declare (the key's default). */
    static final double DEFAULT_DISTANCE = 0.5;

    Relations(List<Faction> factions, List<RelationSpec> specs) {
        this.factions = factions;
        int n = factions.size();
        hostility = new double[n][n];
        truce = new boolean[n][n];
        truceRules = new boolean[n][n][TruceRule.values().length];
        incursionTroops = new int[n][n];
        ideologicalDistance = new double[n][n];
        coalition = new CoalitionLevel[n][n];
        effectiveHostility = new double[n * n];
        alliedPair = new boolean[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                hostility[a][b] = a == b || factions.get(a).side() == factions.get(b).side() ? 0.0 : 1.0;
                coalition[a][b] = CoalitionLevel.NONE;
                ideologicalDistance[a][b] = a == b ? 0 : DEFAULT_DISTANCE;
            }
        }
        for (RelationSpec r : specs) {
            int a = index(r.a());
            int b = index(r.b());
            hostility[a][b] = hostility[b][a] = r.hostility();
            truce[a][b] = truce[b][a] = r.truce();
            for (TruceRule rule : r.truceBreaksOn()) {
                truceRules[a][b][rule.ordinal()] = truceRules[b][a][rule.ordinal()] = true;
            }
            incursionTroops[a][b] = incursionTroops[b][a] = r.incursionTroops();
            ideologicalDistance[a][b] = ideologicalDistance[b][a] = r.ideologicalDistance();
        }
        refresh();
    }

    private int index(String id) {
        for (Faction f : factions) {
            if (f.id().equals(id)) {
                return f.index();
            }
        }
        throw new IllegalArgumentException("unknown faction " + id);
    }

    public int size() {
        return factions.size();
    }

    /** Effective hostility: 0 at truce, in a coalition or for the same faction. */
    public double hostility(int a, int b) {
        return effectiveHostility[a * factions.size() + b];
    }

    public boolean hostile(int a, int b) {
        return hostility(a, b) > 0;
    }

    /** Fight side by side: the same faction, a coalition, or the same side with no declared hostility. */
    public boolean allied(int a, int b) {
        return alliedPair[a * factions.size() + b];
    }

    /** Works out every pair's effective hostility and alliance again, from the declared state as it is now. */
    private void refresh() {
        int n = factions.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                effectiveHostility[a * n + b] = a == b || truce[a][b] || coalition[a][b] != CoalitionLevel.NONE
                        ? 0.0 : hostility[a][b];
                alliedPair[a * n + b] = a == b || coalition[a][b] != CoalitionLevel.NONE
                        || factions.get(a).side() == factions.get(b).side() && hostility[a][b] == 0 && !truce[a][b];
            }
        }
    }

    public CoalitionLevel coalition(int a, int b) {
        return coalition[a][b];
    }

    public boolean atTruce(int a, int b) {
        return truce[a][b];
    }

    /** Whether the pair's truce breaks by this rule (either party may invoke it). */
    public boolean truceBreaksOn(int a, int b, TruceRule rule) {
        return truceRules[a][b][rule.ordinal()];
    }

    /** Fighters of one side operating in the other's home areas that break the pair's truce. */
    public int incursionTroops(int a, int b) {
        return incursionTroops[a][b];
    }

    /** How far apart the pair's aims lie, 0 to 1: the cost of an alliance between them. */
    public double ideologicalDistance(int a, int b) {
        return ideologicalDistance[a][b];
    }

    /** The hostility the pair would have at war: the declared value, whatever truce or coalition holds now. */
    public double declaredHostility(int a, int b) {
        return a == b ? 0 : hostility[a][b];
    }

    public void setHostility(int a, int b, double value) {
        hostility[a][b] = hostility[b][a] = value;
        refresh();
    }

    public void startTruce(int a, int b) {
        truce[a][b] = truce[b][a] = true;
        refresh();
    }

    /**
     * Ends a truce; the truces of each side with the other's partners in arms (allies that are not foreign
     * contingents) end with it, since a side at war with one member of an alliance is at war with the forces
     * fighting beside it. The order of the two does not matter (returns every pair whose truce ended).
     */
    public List<int[]> breakTruce(int a, int b) {
        List<int[]> ended = new ArrayList<>();
        if (truce[a][b]) {
            truce[a][b] = truce[b][a] = false;
            refresh();
            ended.add(new int[] {a, b});
        }
        endTrucesWithPartners(a, b, ended);
        endTrucesWithPartners(b, a, ended);
        return ended;
    }

    private void endTrucesWithPartners(int side, int enemy, List<int[]> ended) {
        for (int c = 0; c < factions.size(); c++) {
            if (c != side && c != enemy && truce[side][c] && allied(enemy, c)
                    && factions.get(c).kind() != FactionKind.FOREIGN) {
                truce[side][c] = truce[c][side] = false;
                refresh();
                ended.add(new int[] {side, c});
            }
        }
    }

    public void setCoalition(int[] members, CoalitionLevel level) {
        for (int a : members) {
            for (int b : members) {
                if (a != b) {
                    coalition[a][b] = level;
                }
            }
        }
        refresh();
    }
}
