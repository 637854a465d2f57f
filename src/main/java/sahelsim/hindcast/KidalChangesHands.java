package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.observe.RunFinalState;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.Side;

/**
 * Dated figure: Kidal, held by the rebels since 2014, changes hands after MINUSMA leaves it (31 Oct 2023) and the
 * state keeps it. Under historical forcing the state's offensive on Kidal is an input, so the test asks for what
 * the offensive cannot decide: that the town falls in time and that the state still holds it a year later.
 */
final class KidalChangesHands implements Fact {

    static final LocalDate UN_LEAVES = LocalDate.of(2023, 10, 31);
    static final LocalDate BY = LocalDate.of(2024, 6, 30);
    static final LocalDate KEPT = LocalDate.of(2024, 12, 31);

    @Override
    public String id() {
        return "kidal_changes_hands";
    }

    @Override
    public String title() {
        return "The state takes Kidal after the UN leaves, and keeps it";
    }

    @Override
    public String historical() {
        return "MINUSMA left Kidal on 31 Oct 2023; FAMa took it on 14 Nov 2023, the first time in 9 years all regional "
                + "capitals were under government control (WP-Kidal offensive; mali-facts 3)";
    }

    @Override
    public String test() {
        return "Kidal not held by the state's side on 30 Oct 2023, held by it on some day up to 30 Jun 2024, and "
                + "still held by it on 31 Dec 2024";
    }

    @Override
    public String observed() {
        return "days from the UN leaving to the state holding Kidal";
    }

    @Override
    public String historicalFigure() {
        return "14 (FAMa in Kidal 14 Nov 2023)";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(UN_LEAVES.minusDays(1), KEPT));
    }

    @Override
    public Verdict judge(RunView run) {
        String before = run.towns().holderOn("kidal", UN_LEAVES.minusDays(1));
        if (before.isEmpty() || isGovernment(run, before)) {
            return Verdict.of(Double.NaN, "Kidal was not held against the state before the UN left", false);
        }
        for (RunFinalState.TownSpan s : run.towns().spans("kidal")) {
            if (s.status() == RunFinalState.TownSpan.Status.HELD && isGovernment(run, s.faction())
                    && !s.to().isBefore(UN_LEAVES) && !s.from().isAfter(BY)) {
                LocalDate taken = s.from().isBefore(UN_LEAVES) ? UN_LEAVES : s.from();
                double days = java.time.temporal.ChronoUnit.DAYS.between(UN_LEAVES, taken);
                String later = run.towns().holderOn("kidal", KEPT);
                boolean kept = !later.isEmpty() && isGovernment(run, later);
                return Verdict.of(days, "taken by " + s.faction() + " on " + taken + (kept ? ", kept"
                        : ", held by " + (later.isEmpty() ? "nobody" : later) + " on " + KEPT), kept);
            }
        }
        return Verdict.of(Double.NaN, "still held by " + run.towns().holderOn("kidal", BY) + " on " + BY, false);
    }

    private static boolean isGovernment(RunView run, String faction) {
        int f = run.faction(faction);
        return f >= 0 && run.onSide(f, Side.GOVERNMENT);
    }
}
