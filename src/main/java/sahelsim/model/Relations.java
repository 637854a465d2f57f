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
 * 0 within a side.
 */
public final class Relations {

    private final List<Faction> factions;
    private final double[][] hostility;
    private final boolean[][] truce;
    private final boolean[][] truceBreaksOnHandover;
    private final CoalitionLevel[][] coalition;

    Relations(List<Faction> factions, List<RelationSpec> specs) {
        this.factions = factions;
        int n = factions.size();
        hostility = new double[n][n];
        truce = new boolean[n][n];
        truceBreaksOnHandover = new boolean[n][n];
        coalition = new CoalitionLevel[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                hostility[a][b] = a == b || factions.get(a).side() == factions.get(b).side() ? 0.0 : 1.0;
                coalition[a][b] = CoalitionLevel.NONE;
            }
        }
        for (RelationSpec r : specs) {
            int a = index(r.a());
            int b = index(r.b());
            hostility[a][b] = hostility[b][a] = r.hostility();
            truce[a][b] = truce[b][a] = r.truce();
            truceBreaksOnHandover[a][b] = truceBreaksOnHandover[b][a] = r.truceBreaksOn().contains(TruceRule.BASE_TAKEN);
        }
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
        if (a == b || truce[a][b] || coalition[a][b] != CoalitionLevel.NONE) {
            return 0.0;
        }
        return hostility[a][b];
    }

    public boolean hostile(int a, int b) {
        return hostility(a, b) > 0;
    }

    /** Fight side by side: the same faction, a coalition, or the same side with no declared hostility. */
    public boolean allied(int a, int b) {
        if (a == b || coalition[a][b] != CoalitionLevel.NONE) {
            return true;
        }
        return factions.get(a).side() == factions.get(b).side() && hostility[a][b] == 0 && !truce[a][b];
    }

    public CoalitionLevel coalition(int a, int b) {
        return coalition[a][b];
    }

    public boolean atTruce(int a, int b) {
        return truce[a][b];
    }

    public boolean truceBreaksOnHandover(int a, int b) {
        return truce[a][b] && truceBreaksOnHandover[a][b];
    }

    public void setHostility(int a, int b, double value) {
        hostility[a][b] = hostility[b][a] = value;
    }

    public void startTruce(int a, int b) {
        truce[a][b] = truce[b][a] = true;
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
    }
}
