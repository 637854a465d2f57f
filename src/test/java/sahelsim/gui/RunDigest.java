package sahelsim.gui;

import sahelsim.model.ModelEvent;
import sahelsim.observe.EventLog;
import sahelsim.observe.RunRecord;

/** Every recorded value and every event of a run's first days as text, to compare two runs exactly. */
final class RunDigest {

    private RunDigest() {
    }

    static String of(RunRecord record, EventLog log, int days) {
        StringBuilder b = new StringBuilder();
        b.append("days ").append(record.days()).append('\n');
        for (RunRecord.Series s : record.series()) {
            b.append(s.measure().id()).append('/').append(s.key());
            for (int d = 0; d < days; d++) {
                b.append(' ').append(Float.floatToIntBits((float) record.value(s, d)));
            }
            b.append('\n');
        }
        for (ModelEvent e : log.events()) {
            if (e.day() < days) {
                b.append(e).append('\n');
            }
        }
        return b.toString();
    }
}
