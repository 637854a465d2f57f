package sahelsim.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.observe.Measure;
import sahelsim.observe.Outcome;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.FactionSpec;

/**
 * The numbers the run command prints at the end of a run: who controls the population on the last day,
 * fatalities, civilians killed, peak displacement, the days Timbuktu was blockaded, and the protests and riots. Each is a named
 * outcome (or the daily record it is defined on), so the table agrees with summary.json.
 */
record Headlines(LocalDate end, List<Share> control, double fatalities, double civilianDeaths, double peakDisplaced,
                 LocalDate peakDisplacedDate, double timbuktuBlockadeDays, double protestsAndRiots) {

    /** Timbuktu, whose blockade by JNIM from August 2023 the table follows. */
    static final String TIMBUKTU = "timbuktu";
    static final String NOBODY = "nobody";

    /** A faction's (or nobody's) share of the residents on the last day. */
    record Share(String name, double share) {
    }

    Headlines {
        control = List.copyOf(control);
    }

    static Headlines of(Simulation.Result run) {
        RunRecord r = run.record();
        int last = r.days() - 1;
        List<Share> control = new ArrayList<>();
        for (FactionSpec f : run.scenario().factions()) {
            control.add(new Share(f.name(), r.value(Measure.CONTROL_SHARE_POPULATION, f.id(), last)));
        }
        control.add(new Share(NOBODY, r.value(Measure.CONTROL_SHARE_POPULATION, "none", last)));
        return new Headlines(r.date(last), control,
                Outcome.value(Outcome.FATALITIES_TOTAL.id(), run),
                Outcome.value(Outcome.CIVILIAN_DEATHS_TOTAL.id(), run),
                Outcome.value(Outcome.PEAK_DISPLACED.id(), run),
                r.date(r.argMax(Measure.DISPLACED, "")),
                Outcome.value(Outcome.BLOCKADE_DAYS.id() + ":" + TIMBUKTU, run),
                Outcome.value(Outcome.PROTESTS_TOTAL.id(), run) + Outcome.value(Outcome.RIOTS_TOTAL.id(), run));
    }
}
