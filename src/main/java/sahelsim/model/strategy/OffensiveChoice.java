package sahelsim.model.strategy;

import java.util.List;
import sahelsim.model.Objectives;
import sahelsim.scenario.OffensiveParams;

/**
 * Which town a faction stakes an offensive or a siege on, from what it can see: the town's worth, times the
 * opportunity (a base just vacated, a garrison cut off, no air cover: mali-facts 5 facts 1, 3 and 4), times the
 * threat (enemies in its home areas get pushed back), times its chance of success. A faction that keeps the
 * towns it takes storms them, unless it blockades and its odds are below {@code siegeBelowOdds}, when it starves
 * them; a faction that does not keep towns (JNIM and the ISSP raid and leave, mali-facts 5 facts 3-4) starves
 * the town if it blockades, and otherwise campaigns in its surroundings. A siege's or a campaign's chance is that
 * of an assault at twice the odds (assumption: they hold the roads and the countryside and never meet the walls).
 * The best town becomes the objective when its score reaches {@code launchScore}; the stake grows with the score,
 * to 1 at twice the threshold.
 */
public final class OffensiveChoice {

    /** A chosen objective: the town, how the faction means to take it, what it stakes and the score behind it. */
    public record Decision(int town, Objectives.Mode mode, double stake, double score) {
    }

    private final OffensiveParams params;

    public OffensiveChoice(OffensiveParams params) {
        this.params = params;
    }

    /** The best prospect worth an offensive, or null. Ties go to the first listed (the towns' order). */
    public Decision choose(List<Prospect> prospects) {
        Decision best = null;
        for (Prospect p : prospects) {
            Decision d = weigh(p);
            if (d.score() >= params.launchScore() && (best == null || d.score() > best.score())) {
                best = d;
            }
        }
        return best;
    }

    /** How the faction would go about a town, and its score. */
    public Decision weigh(Prospect p) {
        Objectives.Mode mode;
        if (p.siegeable() && (!p.keeps() || p.odds() < params.siegeBelowOdds())) {
            mode = Objectives.Mode.SIEGE;
        } else {
            mode = p.keeps() ? Objectives.Mode.ASSAULT : Objectives.Mode.CAMPAIGN;
        }
        double chance = mode == Objectives.Mode.ASSAULT ? success(p.odds()) : success(2 * p.odds());
        double opportunity = 1 + (p.vacated() ? params.vacatedBonus() : 0) + (p.cutOff() ? params.cutOffBonus() : 0)
                + (p.uncovered() ? params.airCoverBonus() : 0);
        double score = p.worth() * opportunity * (1 + params.threatWeight() * p.threat()) * chance;
        double stake = Math.min(1, score / (2 * params.launchScore()));
        return new Decision(p.town(), mode, stake, score);
    }

    /** The chance an attack comes off at given odds, as the Command reckons it: odds^2 / (1 + odds^2). */
    static double success(double odds) {
        return odds * odds / (1 + odds * odds);
    }

    /** Whether to keep an objective after {@code holdDays}: its score still reaches half the threshold. */
    public boolean worthKeeping(Prospect p) {
        return weigh(p).score() >= params.launchScore() / 2;
    }
}
