package sahelsim.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.model.Faction;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.CoalitionSpec;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/**
 * Reads from the model what each lever would do now, in words that tell the truth: the day it takes effect,
 * and which of the scenario's own events stay scheduled afterwards (a departure cancels the contractors'
 * later reinforcements, except those the scenario marks as coming anyway; a coalition formed by hand still
 * breaks on its scenario's date). Called with the model's schedule locked.
 */
final class LeverReading {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final SahelModel model;
    private final Scenario scenario;
    private final List<TimelineEvent> pulled;
    private final LocalDate next;

    LeverReading(ClassroomRun run, List<TimelineEvent> pulled) {
        this.model = run.model();
        this.scenario = run.scenario();
        this.pulled = pulled;
        this.next = run.over() ? null : run.nextDate();
    }

    LeverState read() {
        boolean open = next != null;
        List<LeverState.Button> buttons = new ArrayList<>();
        for (Faction f : model.factions()) {
            LeverState.Button force = force(f, open);
            if (force != null) {
                buttons.add(force);
            }
        }
        LeverState.Button wagner = wagner(open);
        if (wagner != null) {
            buttons.add(wagner);
        }
        List<CoalitionSpec> specs = model.coalitions().specs();
        for (int k = 0; k < specs.size(); k++) {
            buttons.add(coalition(specs.get(k), model.coalitions().level(k) != CoalitionLevel.NONE, open));
        }
        return new LeverState(open, next, buttons, pendingValue(Levers.LEGITIMACY, model.legitimacyBaseline()),
                pendingValue(Levers.WAGNER_ABUSE, model.wagnerAbuse()), wagner != null);
    }

    /** A foreign faction with bases: "in 12 camps", "Leave now", and when it was to leave. */
    private LeverState.Button force(Faction f, boolean open) {
        int here = 0;
        int any = 0;
        LocalDate scheduled = null;
        for (ForeignContingent c : model.contingents()) {
            if (c.faction() != f.index()) {
                continue;
            }
            any++;
            if (c.status() == ForeignContingent.Status.PRESENT) {
                here++;
                LocalDate w = c.spec().withdrawal();
                if (w != null && (scheduled == null || w.isBefore(scheduled))) {
                    scheduled = w;
                }
            }
        }
        if (any == 0) {
            return null;
        }
        String name = Levers.shortName(f.name());
        boolean pending = pending(TimelineAction.WITHDRAW, f.id());
        String status = pending ? "leaving " + dayMonth(next) : here == 0 ? "gone" : "in " + here
                + (here == 1 ? " base" : " bases");
        String action = pending ? "Leaving " + dayMonth(next) : here == 0 ? "Has left" : "Leave now";
        String explanation = !open ? " " : here == 0 ? name + " has left; nothing brings it back in this scenario."
                : name + " leaves all " + here + (here == 1 ? " base" : " bases") + " on " + DAY.format(next)
                + (scheduled == null ? " (it was to stay)" : " instead of from " + DAY.format(scheduled))
                + "; each base goes to whoever the scenario hands it to.";
        return new LeverState.Button(LeverState.Target.FORCE, f.id(), name, status, action, explanation, here > 0,
                open && here > 0 && !pending, pending);
    }

    /** The contractors, when the scenario has them: whether they are here, and which reinforcements still come. */
    private LeverState.Button wagner(boolean open) {
        int w = model.wagnerFaction();
        boolean present = model.world().wagnerPresent();
        if (w < 0 || scenario.wagner().strength() <= 0 && !present) {
            return null;
        }
        String name = Levers.shortName(model.faction(w).name());
        boolean pending = pending(TimelineAction.WAGNER_ARRIVES, null) || pending(TimelineAction.WAGNER_LEAVES, null);
        String status = pending ? (present ? "leaving " : "coming ") + dayMonth(next)
                : present ? String.format(Locale.ENGLISH, "%,d here", model.troops(w)) : "not here";
        String action = pending ? (present ? "Leaving " : "Coming ") + dayMonth(next)
                : present ? "Leave now" : "Come now";
        String explanation;
        if (!open) {
            explanation = " ";
        } else if (present) {
            explanation = name + " leaves on " + DAY.format(next) + "; " + stillComing(model.faction(w).id()) + ".";
        } else {
            explanation = String.format(Locale.ENGLISH, "%s arrives on %s with %,d contractors, beside the army.",
                    name, DAY.format(next), scenario.wagner().strength());
        }
        return new LeverState.Button(LeverState.Target.WAGNER, "wagner", name, status, action, explanation, present,
                open && !pending, pending);
    }

    /**
     * What follows the contractors' departure: it cancels their later reinforcements, except those the scenario
     * marks as coming anyway.
     */
    private String stillComing(String faction) {
        List<String> parts = new ArrayList<>();
        for (TimelineEvent e : scenario.timeline()) {
            if (e.action() == TimelineAction.REINFORCE && faction.equals(e.faction()) && e.evenIfAbsent()
                    && e.date().isAfter(next)) {
                parts.add(String.format(Locale.ENGLISH, "%,d on %s", e.troops(), DAY.format(e.date())));
            }
        }
        return parts.isEmpty() ? "no reinforcements follow" : "only " + String.join(", ", parts) + " still come";
    }

    private LeverState.Button coalition(CoalitionSpec c, boolean active, boolean open) {
        List<String> members = c.members().stream()
                .map(id -> Levers.shortName(model.faction(model.factionIndex(id)).name())).toList();
        String name = String.join(" + ", members);
        String both = String.join(" and ", members);
        boolean pending = pending(TimelineAction.FORM_COALITION, c.id()) || pending(TimelineAction.BREAK_COALITION,
                c.id());
        String status = pending ? (active ? "splitting " : "joining ") + dayMonth(next) : active ? "together" : "apart";
        String action = pending ? (active ? "Splitting " : "Joining ") + dayMonth(next)
                : active ? "Split now" : "Join forces now";
        String explanation = " ";
        if (open) {
            explanation = active
                    ? both + " split on " + DAY.format(next) + "; " + scheduledAfter(c, TimelineAction.FORM_COALITION,
                    "the scenario brings them together again on ", "nothing in the scenario brings them together "
                            + "again") + "."
                    : both + " join forces on " + DAY.format(next) + " (" + level(c)
                    + "); " + untilOrNot(c) + ".";
        }
        return new LeverState.Button(LeverState.Target.COALITION, c.id(), name, status, action, explanation, active,
                open && !pending, pending);
    }

    private String level(CoalitionSpec c) {
        return c.level() == CoalitionLevel.FULL ? "one command for all" : "they stop fighting each other and join "
                + "each other's attacks";
    }

    /** What the scenario does with a coalition formed by hand: it breaks on a date, or it lasts. */
    private String untilOrNot(CoalitionSpec c) {
        String breaks = scheduledAfter(c, TimelineAction.BREAK_COALITION, "the scenario splits them on ", null);
        if (breaks != null) {
            return breaks;
        }
        if (c.until() != null && c.until().isAfter(next)) {
            return "they split on " + DAY.format(c.until()) + " as the scenario says";
        }
        return "nothing in the scenario splits them again";
    }

    private String scheduledAfter(CoalitionSpec c, TimelineAction action, String prefix, String otherwise) {
        for (TimelineEvent e : scenario.timeline()) {
            if (e.action() == action && c.id().equals(e.coalition()) && e.date().isAfter(next)) {
                return prefix + DAY.format(e.date());
            }
        }
        if (action == TimelineAction.FORM_COALITION && c.triggerDate() != null && c.triggerDate().isAfter(next)) {
            return prefix + DAY.format(c.triggerDate());
        }
        return otherwise;
    }

    /** Whether a lever of this kind was pulled for a day not simulated yet. */
    private boolean pending(TimelineAction action, String target) {
        if (next == null) {
            return false;
        }
        for (TimelineEvent e : pulled) {
            String on = action == TimelineAction.WITHDRAW ? e.faction() : e.coalition();
            if (e.action() == action && (target == null || target.equals(on)) && !e.date().isBefore(next)) {
                return true;
            }
        }
        return false;
    }

    private double pendingValue(String key, double current) {
        double value = current;
        for (TimelineEvent e : pulled) {
            if (next != null && e.action() == TimelineAction.SET && key.equals(e.key()) && !e.date().isBefore(next)) {
                value = e.value();
            }
        }
        return value;
    }

    private static String dayMonth(LocalDate date) {
        return date == null ? "" : DAY_MONTH.format(date);
    }
}
