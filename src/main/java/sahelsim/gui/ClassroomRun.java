package sahelsim.gui;

import java.time.LocalDate;
import sahelsim.chart.FactionPalette;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.observe.Observer;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.Scenario;

/**
 * One run in the window, from Play (or Restart) to its end: a fresh model with its observer, as a headless run
 * builds them, and the levers pulled during it. The window starts a new one on every restart, since an
 * observer records one run only.
 */
final class ClassroomRun {

    private final int number;
    private final SahelModel model;
    private final Observer observer;
    private final FactionPalette palette;
    private final Levers levers;

    /** A model for the scenario with the seed, and its observer; not started yet. */
    ClassroomRun(int number, Scenario scenario, Grid grid, long seed) {
        this.number = number;
        this.model = new SahelModel(scenario, grid, seed);
        this.observer = Observer.attach(model);
        this.palette = FactionPalette.of(scenario);
        this.levers = new Levers(this);
    }

    /** Counts the runs of one window from 1, to name their files. */
    int number() {
        return number;
    }

    SahelModel model() {
        return model;
    }

    Scenario scenario() {
        return model.scenario();
    }

    RunRecord record() {
        return observer.record();
    }

    Observer observer() {
        return observer;
    }

    FactionPalette palette() {
        return palette;
    }

    Levers levers() {
        return levers;
    }

    long seed() {
        return model.seed();
    }

    /** Days simulated so far, which is also the index of the next day to simulate. */
    int daysDone() {
        return record().days();
    }

    int totalDays() {
        return model.calendar().days();
    }

    boolean over() {
        return daysDone() >= totalDays();
    }

    /** The date the map shows: the last simulated day, or the first day before any has been simulated. */
    LocalDate shownDate() {
        return daysDone() == 0 ? model.calendar().start() : record().date(daysDone() - 1);
    }

    /** The next day to simulate, the day a lever pulled now takes effect. */
    LocalDate nextDate() {
        return model.calendar().date(daysDone());
    }
}
