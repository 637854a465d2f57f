package sahelsim.hindcast;

import java.util.Set;
import java.util.TreeSet;
import sahelsim.map.Town;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.observe.RunFinalState;

/** Stylised fact 3: armed groups blockade large towns rather than storm them. */
final class BlockadesNotAssaults implements Fact {

    static final int LARGE_TOWN = 30_000;
    static final int MIN_BLOCKADE_DAYS = 30;

    @Override
    public String id() {
        return "blockades_not_assaults";
    }

    @Override
    public String title() {
        return "Large towns are blockaded, not stormed";
    }

    @Override
    public String historical() {
        return "JNIM blockaded Timbuktu from Aug 2023 and Bamako's fuel from Sep 2025 without storming them; an FLA "
                + "figure said JNIM does not plan to storm a city of 3 million (mali-facts 5, fact 3)";
    }

    @Override
    public String test() {
        return "a town of " + LARGE_TOWN + "+ people is blockaded for " + MIN_BLOCKADE_DAYS + "+ days, and no such "
                + "town is taken by an armed group's assault";
    }

    @Override
    public String observed() {
        return "longest blockade of a large town (days)";
    }

    @Override
    public String historicalFigure() {
        return "Timbuktu blockaded from Aug 2023, not stormed";
    }

    @Override
    public Verdict judge(RunView run) {
        Set<String> large = new TreeSet<>();
        for (Town t : run.grid().geography().towns()) {
            if (t.population() >= LARGE_TOWN) {
                large.add(t.id());
            }
        }
        long blockadeDays = 0;
        for (RunFinalState.TownSpan s : run.towns().spans()) {
            if (s.status() == RunFinalState.TownSpan.Status.BLOCKADED && large.contains(s.townId())) {
                blockadeDays = Math.max(blockadeDays, s.days());
            }
        }
        long stormed = 0;
        for (ModelEvent e : run.events()) {
            if (e.kind() == EventKind.TERRITORY_TAKEN && large.contains(run.grid().geography().town(e.town()).id())) {
                stormed++;
            }
        }
        return Verdict.of(blockadeDays, "longest blockade of a large town " + blockadeDays + " days; " + stormed
                + " stormed", blockadeDays >= MIN_BLOCKADE_DAYS && stormed == 0);
    }
}
