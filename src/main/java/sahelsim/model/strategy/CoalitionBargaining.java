package sahelsim.model.strategy;

import java.util.List;
import sahelsim.model.World;
import sahelsim.model.mechanics.Coalitions;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.CoalitionSpec;

/**
 * The members of each declared coalition weigh it at their strategic reviews ({@link AllianceCalculus}): it
 * forms, moves between tactical and full, or breaks up as the balance of power shifts. Imposed coalitions are
 * the scenario's and are left alone; a coalition with a member off the map breaks up.
 */
public final class CoalitionBargaining {

    private final World world;
    private final Coalitions coalitions;
    private final PowerBalance balance;
    private final AllianceCalculus calculus;

    public CoalitionBargaining(World world, Coalitions coalitions, PowerBalance balance, AllianceCalculus calculus) {
        this.world = world;
        this.coalitions = coalitions;
        this.balance = balance;
        this.calculus = calculus;
    }

    /** Weighs coalition {@code k} again. */
    public void review(int k) {
        CoalitionSpec spec = coalitions.specs().get(k);
        if (spec.imposed()) {
            return;
        }
        int[] members = members(spec);
        CoalitionLevel now = coalitions.level(k);
        CoalitionLevel wanted = CoalitionLevel.NONE;
        if (allOnMap(members)) {
            double[] power = balance.powers();
            double[] own = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                own[i] = power[members[i]];
            }
            wanted = calculus.level(own, balance.sharedThreat(members, power), distance(members), spec.level(), now);
        }
        if (wanted == now) {
            return;
        }
        if (wanted == CoalitionLevel.NONE) {
            coalitions.dissolve(k);
        } else {
            coalitions.form(k, wanted);
        }
    }

    private int[] members(CoalitionSpec spec) {
        List<String> ids = spec.members();
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = world.factionIndex(ids.get(i));
        }
        return out;
    }

    private boolean allOnMap(int[] members) {
        for (int m : members) {
            if (!world.onMap(m)) {
                return false;
            }
        }
        return true;
    }

    /** The members' mean ideological distance over their pairs. */
    private double distance(int[] members) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                sum += world.relations().ideologicalDistance(members[i], members[j]);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
