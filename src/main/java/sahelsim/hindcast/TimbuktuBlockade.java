package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.observe.RunFinalState;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.Side;

/**
 * Dated figure: JNIM's blockade of Timbuktu from August 2023, a siege and not a storming. Under historical forcing
 * the siege is JNIM's dated objective, so the test also asks what the objective cannot decide: the town does not
 * fall while it is besieged.
 */
final class TimbuktuBlockade implements Fact {

    static final LocalDate FROM = LocalDate.of(2023, 8, 1);
    static final LocalDate TO = LocalDate.of(2024, 6, 30);
    static final int MIN_DAYS = 30;

    @Override
    public String id() {
        return "timbuktu_blockade";
    }

    @Override
    public String title() {
        return "Timbuktu is blockaded from late 2023, and does not fall";
    }

    @Override
    public String historical() {
        return "JNIM siege of Timbuktu from 8 Aug 2023, on the roads and the river; 6 shelling incidents by "
                + "mid-September (WP; ACLED; mali-facts 3)";
    }

    @Override
    public String test() {
        return "Timbuktu blockaded for " + MIN_DAYS + "+ days between " + FROM + " and " + TO + ", and held by the "
                + "state's side on every day of it";
    }

    @Override
    public String observed() {
        return "days Timbuktu is blockaded, Aug 2023 - Jun 2024";
    }

    @Override
    public String historicalFigure() {
        return "blockaded from 8 Aug 2023 into 2024";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(FROM, TO));
    }

    @Override
    public Verdict judge(RunView run) {
        long days = 0;
        for (RunFinalState.TownSpan s : run.towns().spans("timbuktu")) {
            if (s.status() != RunFinalState.TownSpan.Status.BLOCKADED) {
                continue;
            }
            LocalDate from = s.from().isBefore(FROM) ? FROM : s.from();
            LocalDate to = s.to().isAfter(TO) ? TO : s.to();
            if (!to.isBefore(from)) {
                days += java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            }
        }
        String lost = null;
        for (RunFinalState.TownSpan s : run.towns().spans("timbuktu")) {
            boolean overlaps = !s.to().isBefore(FROM) && !s.from().isAfter(TO);
            int holder = run.faction(s.faction());
            if (overlaps && s.status() == RunFinalState.TownSpan.Status.HELD && !run.onSide(holder, Side.GOVERNMENT)) {
                lost = s.faction() + " from " + s.from();
                break;
            }
        }
        return Verdict.of(days, days + " days blockaded" + (lost == null ? "" : ", held by " + lost),
                days >= MIN_DAYS && lost == null);
    }
}
