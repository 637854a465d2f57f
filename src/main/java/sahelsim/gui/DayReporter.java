package sahelsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.model.ModelEvent;
import sahelsim.observe.EventLog;
import sahelsim.observe.Measure;
import sahelsim.observe.RunRecord;

/**
 * Reads a run's record and event log after each simulated day into a {@link DayReport}, in the model's thread.
 * It only reads what the observer recorded: every value shown is the observer's, as in the run's CSV files.
 */
final class DayReporter {

    private final ClassroomRun run;
    private int daysReported;
    private int eventsReported;

    DayReporter(ClassroomRun run) {
        this.run = run;
    }

    /** The report of the day just simulated, or null when no new day was recorded since the last call. */
    DayReport next() {
        RunRecord record = run.record();
        int days = record.days();
        if (days == daysReported) {
            return null;
        }
        daysReported = days;
        int day = days - 1;
        List<String> factions = record.factions();
        double[] share = new double[factions.size() + 1];
        double[] killed = new double[factions.size()];
        LocalDate date = record.date(day);
        int monthStart = Math.max(0, record.day(date.withDayOfMonth(1)));
        for (int f = 0; f < factions.size(); f++) {
            share[f] = record.value(Measure.CONTROL_SHARE_POPULATION, factions.get(f), day);
            killed[f] = record.sum(Measure.FATALITIES, factions.get(f), monthStart, day + 1);
        }
        share[factions.size()] = record.value(Measure.CONTROL_SHARE_POPULATION, "none", day);
        List<NewsLines.Line> news = new ArrayList<>();
        EventLog log = run.observer().log();
        for (; eventsReported < log.size(); eventsReported++) {
            ModelEvent e = log.get(eventsReported);
            NewsLines.Line h = NewsLines.of(e, run.model());
            if (h != null) {
                news.add(h);
            }
        }
        return new DayReport(run.number(), date, share, killed, news, run.levers().state());
    }
}
