package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.Forcing;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;
import sahelsim.scenario.WagnerSpec;

/**
 * Applies the scenario's dated events on their day, and the contractors' arrival and exit. The window's
 * levers go through {@link #add(TimelineEvent)}, so a run with levers can be replayed from a scenario that
 * lists the levers' events in its timeline.
 */
public final class Timeline {

    private final SahelModel model;
    private final List<TimelineEvent> events;
    private final List<TimelineEvent> added = new ArrayList<>();
    private boolean wagnerPresent;

    public Timeline(SahelModel model) {
        this.model = model;
        this.events = model.scenario().timeline();
    }

    public void step() {
        WagnerSpec w = model.scenario().wagner();
        if (model.day() > 0 && w.arrival() != null && w.arrival().equals(model.date())) {
            wagnerArrive();
        }
        if (w.exit() != null && w.exit().equals(model.date())) {
            wagnerLeave();
        }
        for (TimelineEvent e : events) {
            if (e.date().equals(model.date()) && (!e.decision() || model.scenario().forcing() == Forcing.HISTORICAL)) {
                apply(e);
            }
        }
        for (TimelineEvent e : added) {
            if (e.date().equals(model.date())) {
                apply(e);
            }
        }
    }

    /**
     * Adds an event while the run goes on (a lever pulled in the window, between two days). It applies on its
     * date right after the scenario's own events of that date, which is where a scenario with the event
     * appended to its timeline applies it: so the run can be replayed headless from such a scenario.
     *
     * @throws IllegalArgumentException when the event's day has already begun or lies beyond the calendar
     */
    public void add(TimelineEvent e) {
        long step = model.calendar().step(e.date());
        if (step <= model.schedule.getTime() || step >= model.calendar().days()) {
            throw new IllegalArgumentException("event " + e.id() + " on " + e.date()
                    + " is not a day still to be simulated");
        }
        added.add(e);
    }

    /** Contractors whose arrival date is on or before the start are there from the first day. */
    public void wagnerAtStart() {
        WagnerSpec w = model.scenario().wagner();
        if (w.arrival() != null && !w.arrival().isAfter(model.scenario().start())) {
            deploy(false);
        }
    }

    public boolean wagnerPresent() {
        return wagnerPresent;
    }

    /**
     * Whether a faction is on the map: the contractors from their arrival (or a reinforcement) to their exit,
     * a foreign faction while one of its contingents is there, any other until it is withdrawn.
     */
    public boolean onMap(int faction) {
        if (faction == model.wagnerFaction()) {
            return wagnerPresent;
        }
        if (model.faction(faction).kind() == FactionKind.FOREIGN) {
            for (ForeignContingent c : model.contingents()) {
                if (c.faction() == faction && c.status() == ForeignContingent.Status.PRESENT) {
                    return true;
                }
            }
            return false;
        }
        return !model.faction(faction).withdrawn();
    }

    public void apply(TimelineEvent e) {
        int faction = e.faction() == null ? -1 : model.factionIndex(e.faction());
        switch (e.action()) {
            case WITHDRAW -> {
                if (e.force() != null) {
                    model.withdrawal().depart(model.withdrawal().contingent(e.force()));
                } else if (faction == model.wagnerFaction()) {
                    wagnerLeave();
                } else if (model.faction(faction).kind() == FactionKind.FOREIGN) {
                    model.withdrawal().withdrawFaction(faction);
                } else {
                    model.withdrawal().leaveMap(faction, model.town(model.homeTowns(faction).get(0)).cell());
                }
            }
            case REINFORCE -> reinforcement(e, faction);
            case SET -> set(e.key(), e.value());
            case HOSTILITY -> model.relations().setHostility(index(e, 0), index(e, 1), e.value());
            case TRUCE -> {
                model.relations().startTruce(index(e, 0), index(e, 1));
                announce(e, "a truce between " + name(e, 0) + " and " + name(e, 1) + " begins");
            }
            case BREAK_TRUCE -> {
                int a = index(e, 0);
                // One event per truce that really ends: the named pair's, if it still held, and its partners'.
                for (int[] pair : model.relations().breakTruce(a, index(e, 1))) {
                    if (!bothOnMap(pair)) {
                        continue;
                    }
                    model.emit(EventKind.TRUCE_ENDS, pair[0], pair[1], model.town(model.homeTowns(a).get(0)).cell(), 0,
                            0, 0, "the truce between " + model.faction(pair[0]).name() + " and "
                                    + model.faction(pair[1]).name() + " breaks");
                }
            }
            case FORM_COALITION -> {
                int k = model.coalitions().index(e.coalition());
                CoalitionLevel level = e.level() != null ? e.level() : model.coalitions().specs().get(k).level();
                model.coalitions().form(k, level == CoalitionLevel.NONE ? CoalitionLevel.TACTICAL : level);
            }
            case BREAK_COALITION -> model.coalitions().dissolve(model.coalitions().index(e.coalition()));
            case OBJECTIVE -> objective(faction, model.townIndex(e.town()), e.value() == null ? 1 : e.value());
            case WAGNER_ARRIVES -> wagnerArrive();
            case WAGNER_LEAVES -> wagnerLeave();
        }
    }

    private int index(TimelineEvent e, int k) {
        return model.factionIndex(e.between().get(k));
    }

    private String name(TimelineEvent e, int k) {
        return model.faction(index(e, k)).name();
    }

    private void announce(TimelineEvent e, String notes) {
        int a = index(e, 0);
        model.emit(EventKind.AGREEMENT, a, index(e, 1), model.town(model.homeTowns(a).get(0)).cell(), 0, 0, 0, notes);
    }

    private void set(String key, double value) {
        switch (key) {
            case "civilians.legitimacy" -> model.setLegitimacy(value);
            case "civilians.hardship" -> model.setHardship(value);
            case "wagner.abuse" -> model.setWagnerAbuse(value);
            default -> throw new IllegalArgumentException("not a live key: " + key);
        }
    }

    /** Both factions of a pair are on the map: a truce with a faction that is not there ends unnoticed. */
    public boolean bothOnMap(int[] pair) {
        return onMap(pair[0]) && onMap(pair[1]);
    }

    /** A faction off the map (gone, or not yet come) takes up no objective: there is nobody to send. */
    private void objective(int faction, int town, double stake) {
        if (!onMap(faction)) {
            return;
        }
        model.objectives().set(faction, town, stake);
        TownState t = model.town(town);
        model.emit(EventKind.CHANGE_OF_ACTIVITY, faction, -1, t.cell(), 0, 0, 0, stake > 0
                ? model.faction(faction).name() + " makes " + t.town().name() + " its objective"
                : model.faction(faction).name() + " gives up its objective");
    }

    /**
     * A dated reinforcement comes only to a faction on the map: a withdrawal cancels its later reinforcements,
     * and a faction that has not come (contractors before their arrival, or never) gets none, unless the
     * scenario marks one {@code evenIfAbsent}, which then brings the faction (back). Contractors who come by
     * reinforcement are present, so that their exit removes them.
     */
    private void reinforcement(TimelineEvent e, int faction) {
        if (!onMap(faction)) {
            if (!e.evenIfAbsent()) {
                return;
            }
            model.faction(faction).returnToMap();
        }
        if (faction == model.wagnerFaction()) {
            wagnerPresent = true;
        }
        reinforce(faction, e.troops(), e.town() == null ? -1 : model.townIndex(e.town()));
    }

    /** Troops from outside the map join a faction: at a town's garrison, or as new bands at its home towns. */
    private void reinforce(int faction, int troops, int town) {
        model.ledger().book(TroopLedger.Entry.ARRIVED, faction, troops);
        if (town >= 0) {
            Garrison g = model.garrisonOf(faction, town);
            if (g != null) {
                g.addTroops(troops);
            } else {
                model.newGarrison(faction, town, troops, 0.3, model.scenario().supply().stockDays() / 2, null);
            }
            return;
        }
        Faction f = model.faction(faction);
        int band = f.behaviour().bandSize();
        troops = refit(faction, troops, band);
        List<Integer> homes = faction == model.wagnerFaction() && !model.scenario().wagner().bases().isEmpty()
                ? model.scenario().wagner().bases().stream().map(model::townIndex).toList()
                : model.homeTowns(faction);
        for (int k = 0; troops > 0; k++) {
            int size = Math.min(band, troops);
            int home = homes.get(k % homes.size());
            model.newUnit(faction, size, model.scatter(model.town(home).cell()), home);
            troops -= size;
        }
    }

    /**
     * Replacements go first to the faction's bands resting at home to refit, up to a full band each, in list
     * order, as the Command tops them up from recruits: a force that gets no recruits (the contractors) would
     * otherwise keep bands too weak ever to go out again. Returns the troops left for new bands.
     */
    private int refit(int faction, int troops, int band) {
        for (ArmedUnit u : model.units()) {
            if (troops <= 0) {
                break;
            }
            if (u.faction() == faction && u.alive() && u.mission() == Mission.RECRUIT && u.arrived()
                    && u.strength() < band) {
                int added = Math.min(band - u.strength(), troops);
                u.addStrength(added);
                troops -= added;
            }
        }
        return troops;
    }

    private void wagnerArrive() {
        if (!wagnerPresent) {
            deploy(true);
        }
    }

    private void deploy(boolean announce) {
        WagnerSpec w = model.scenario().wagner();
        int faction = model.wagnerFaction();
        if (faction < 0 || w.strength() <= 0) {
            return;
        }
        wagnerPresent = true;
        model.faction(faction).returnToMap();
        int inBases = w.bases().isEmpty() ? 0 : (int) Math.round(w.strength() * w.garrisonShare());
        for (int k = 0; k < w.bases().size(); k++) {
            int share = inBases / w.bases().size() + (k < inBases % w.bases().size() ? 1 : 0);
            if (share > 0) {
                reinforce(faction, share, model.townIndex(w.bases().get(k)));
            }
        }
        reinforce(faction, w.strength() - inBases, -1);
        if (announce) {
            int cell = model.town(model.homeTowns(faction).get(0)).cell();
            model.emit(EventKind.BASE_ESTABLISHED, faction, -1, cell, 0, 0, 0,
                    model.faction(faction).name() + " arrives");
        }
    }

    private void wagnerLeave() {
        int faction = model.wagnerFaction();
        if (!wagnerPresent || faction < 0) {
            return;
        }
        wagnerPresent = false;
        model.withdrawal().leaveMap(faction, model.town(model.supply().origin()).cell());
    }
}
