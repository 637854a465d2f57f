package sahelsim.gui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import sahelsim.model.SahelModel;
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

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

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

    /**
     * Pulls again a lever recorded in a replay scenario (for the screenshots of a run with levers): the same
     * action on the same target, for the next day.
     */
    TimelineEvent again(TimelineEvent recorded) {
        return switch (recorded.action()) {
            case WITHDRAW -> withdraw(recorded.faction());
            case WAGNER_ARRIVES -> wagnerArrives();
            case WAGNER_LEAVES -> wagnerLeaves();
            case FORM_COALITION -> formCoalition(recorded.coalition());
            case BREAK_COALITION -> breakCoalition(recorded.coalition());
            case SET -> LEGITIMACY.equals(recorded.key()) ? setLegitimacy(recorded.value())
                    : setWagnerAbuse(recorded.value());
            default -> throw new IllegalArgumentException("not a lever: " + recorded.action().fileName());
        };
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
            String id = ReplayScenario.LEVER_ID + n;
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

    /** What the levers can do now and what each would do, for the lever panel. */
    LeverState state() {
        synchronized (model.schedule) {
            return new LeverReading(run, pulled).read();
        }
    }

    /** What the run's levers were, in a few words, for the label of its lines once it is the run before. */
    String inShort() {
        List<TimelineEvent> all = pulled();
        if (all.isEmpty()) {
            return "no lever";
        }
        List<String> words = new ArrayList<>();
        for (TimelineEvent e : all) {
            words.add(inShort(e));
        }
        return words.size() <= 2 ? String.join(", ", words) : words.get(0) + ", " + words.get(1) + " and "
                + (words.size() - 2) + " more";
    }

    private String inShort(TimelineEvent e) {
        String day = " " + DAY_MONTH.format(e.date());
        return switch (e.action()) {
            case WITHDRAW -> shortName(model.faction(model.factionIndex(e.faction())).name()) + " left" + day;
            case WAGNER_LEAVES -> wagnerName() + " left" + day;
            case WAGNER_ARRIVES -> wagnerName() + " came" + day;
            case FORM_COALITION -> "coalition" + day;
            case BREAK_COALITION -> "coalition split" + day;
            case SET -> (LEGITIMACY.equals(e.key()) ? "legitimacy " : "abuse ") + Percent.of(e.value()) + day;
            default -> e.action().fileName() + day;
        };
    }

    private String wagnerName() {
        int w = model.wagnerFaction();
        return w < 0 ? "Wagner" : shortName(model.faction(w).name());
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
