package sahelsim.gui;

import java.time.LocalDate;
import java.util.List;

/**
 * What the window's panels need from one simulated day, read in the model's thread right after the day and
 * handed to the Swing thread: the charts' values, the day's headlines and what the levers can do.
 *
 * @param run           the run it belongs to (a restart makes older reports stale)
 * @param date          the simulated day
 * @param controlShare  share of residents per faction, in scenario order, then "none"
 * @param monthKilled   people killed per faction (by perpetrator) from the month's first simulated day to this one
 */
record DayReport(int run, LocalDate date, double[] controlShare, double[] monthKilled,
                 List<NewsLines.Line> news, LeverState levers) {

    DayReport {
        news = List.copyOf(news);
    }
}
