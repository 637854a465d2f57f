package sahelsim.gui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sahelsim.model.Faction;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.CoalitionSpec;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/**
 * The levers a teacher pulls during a run. A pull becomes a timeline event dated the next day to simulate,
 * handed to the model's timeline, which applies it where a scenario's own event of that day would apply; the
 * pulls are kept in order so that {@link ReplayScenario} can write the scenario that replays the run headless.
 * Pulls happen between two days: each one locks the model's schedule, which the running model holds for a
 * whole day.
 */
final class Levers {

    /** Key paths of the live parameters the sliders set (see ScenarioSchema.LIVE_KEYS). */
    static final String LEGITIMACY = "civilians.legitimacy";
    static final String WAGNER_ABUSE = "wagner.abuse";

    private final ClassroomRun run;
    private final SahelModel model;
    private final List<TimelineEvent> pulled = new ArrayList<>();
    private final Set<String> takenIds = new HashSet<>();

    Levers(ClassroomRun run) {
        this.run = run;
        this.model = run.model();
        for (TimelineEvent e : run.scenario().timeline()) {
            takenIds.add(e.id());
        }
    }

    /** Every contingent of a foreign faction leaves its base the next day. */
    TimelineEvent withdraw(String faction) {
        return pull(TimelineAction.WITHDRAW, faction, null, null, null);
    }

    TimelineEvent wagnerArrives() {
        return pull(TimelineAction.WAGNER_ARRIVES, null, null, null, null);
    }

    TimelineEvent wagnerLeaves() {
        return pull(TimelineAction.WAGNER_LEAVES, null, null, null, null);
    }

    TimelineEvent formCoalition(String coalition) {
        return pull(TimelineAction.FORM_COALITION, null, null, null, coalition);
    }

    TimelineEvent breakCoalition(String coalition) {
        return pull(TimelineAction.BREAK_COALITION, null, null, null, coalition);
    }

    /** The state's legitimacy in the eyes of civilians, 0-1. */
    TimelineEvent setLegitimacy(double value) {
        return pull(TimelineAction.SET, null, LEGITIMACY, value, null);
    }

    /** How often the contractors' operations turn into massacres, 0-1. */
    TimelineEvent setWagnerAbuse(double value) {
        return pull(TimelineAction.SET, null, WAGNER_ABUSE, value, null);
    }

    private TimelineEvent pull(TimelineAction action, String faction, String key, Double value, String coalition) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("expected a value between 0 and 1, got " + value);
        }
        synchronized (model.schedule) {
            if (run.over()) {
                throw new IllegalStateException("the run is over; restart it to pull levers");
            }
            TimelineEvent e = new TimelineEvent(nextId(), run.nextDate(), action, null, faction, 0, null, key,
                    value, List.of(), coalition, null, false, true);
            model.timeline().add(e);
            pulled.add(e);
            return e;
        }
    }

    /** "lever-1", "lever-2", ...: ids the scenario's own timeline does not use, so the replay appends them. */
    private String nextId() {
        for (int n = pulled.size() + 1; ; n++) {
            String id = "lever-" + n;
            if (takenIds.add(id)) {
                return id;
            }
        }
    }

    /** The levers pulled so far, in order. */
    List<TimelineEvent> pulled() {
        synchronized (model.schedule) {
            return List.copyOf(pulled);
        }
    }

    /** What the levers can do now, for the lever panel. */
    LeverState state() {
        synchronized (model.schedule) {
            List<LeverState.Force> forces = new ArrayList<>();
            for (Faction f : model.factions()) {
                boolean hasContingents = false;
                boolean present = false;
                for (ForeignContingent c : model.contingents()) {
                    if (c.faction() == f.index()) {
                        hasContingents = true;
                        present |= c.status() == ForeignContingent.Status.PRESENT;
                    }
                }
                if (hasContingents) {
                    forces.add(new LeverState.Force(f.id(), shortName(f.name()), present,
                            pending(TimelineAction.WITHDRAW, f.id())));
                }
            }
            int w = model.wagnerFaction();
            boolean present = model.world().wagnerPresent();
            LeverState.Wagner wagner = new LeverState.Wagner(
                    w >= 0 && (run.scenario().wagner().strength() > 0 || present),
                    w < 0 ? "Wagner" : shortName(model.faction(w).name()), present,
                    pending(TimelineAction.WAGNER_ARRIVES, null) || pending(TimelineAction.WAGNER_LEAVES, null),
                    w < 0 ? List.of() : reinforcementsIfGone(model.faction(w).id()));
            List<LeverState.Coalition> coalitions = new ArrayList<>();
            List<CoalitionSpec> specs = model.coalitions().specs();
            for (int k = 0; k < specs.size(); k++) {
                CoalitionSpec c = specs.get(k);
                List<String> members = c.members().stream()
                        .map(id -> shortName(model.faction(model.factionIndex(id)).name())).toList();
                coalitions.add(new LeverState.Coalition(c.id(), String.join(" + ", members),
                        model.coalitions().level(k) != CoalitionLevel.NONE,
                        pending(TimelineAction.FORM_COALITION, c.id())
                                || pending(TimelineAction.BREAK_COALITION, c.id())));
            }
            return new LeverState(!run.over(), run.over() ? null : run.nextDate(), forces, wagner, coalitions,
                    pendingValue(LEGITIMACY, model.legitimacyBaseline()),
                    pendingValue(WAGNER_ABUSE, model.wagnerAbuse()));
        }
    }

    /**
     * The faction's reinforcements dated after the day a lever takes effect that come even if it leaves
     * ({@code evenIfAbsent}); a departure cancels the others (Timeline).
     */
    private List<LeverState.Reinforcement> reinforcementsIfGone(String faction) {
        List<LeverState.Reinforcement> out = new ArrayList<>();
        for (TimelineEvent e : run.scenario().timeline()) {
            if (e.action() == TimelineAction.REINFORCE && faction.equals(e.faction()) && e.evenIfAbsent()
                    && e.date().isAfter(run.nextDate())) {
                out.add(new LeverState.Reinforcement(e.date(), e.troops()));
            }
        }
        return out;
    }

    /** Whether a lever of this kind was pulled for a day not simulated yet. */
    private boolean pending(TimelineAction action, String target) {
        for (TimelineEvent e : pulled) {
            String on = action == TimelineAction.WITHDRAW ? e.faction() : e.coalition();
            if (e.action() == action && (target == null || target.equals(on)) && !e.date().isBefore(run.nextDate())) {
                return true;
            }
        }
        return false;
    }

    private double pendingValue(String key, double current) {
        double value = current;
        for (TimelineEvent e : pulled) {
            if (e.action() == TimelineAction.SET && key.equals(e.key()) && !e.date().isBefore(run.nextDate())) {
                value = e.value();
            }
        }
        return value;
    }

    /** "FAMa (Malian army)" becomes "FAMa", "Wagner / Africa Corps" becomes "Wagner": short enough for a button. */
    static String shortName(String name) {
        int cut = name.length();
        for (String mark : new String[] {" (", " / "}) {
            int at = name.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }
}
