package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.World;
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

    private final World world;
    private final List<TimelineEvent> events;
    private final List<TimelineEvent> added = new ArrayList<>();
    private final Withdrawal withdrawal;
    private final Coalitions coalitions;

    public Timeline(World world, Withdrawal withdrawal, Coalitions coalitions) {
        this.world = world;
        this.withdrawal = withdrawal;
        this.coalitions = coalitions;
        this.events = world.scenario().timeline();
    }

    public void step() {
        WagnerSpec w = world.scenario().wagner();
        if (world.day() > world.firstDay() && w.arrival() != null && w.arrival().equals(world.date())) {
            wagnerArrive();
        }
        if (w.exit() != null && w.exit().equals(world.date())) {
            wagnerLeave();
        }
        for (TimelineEvent e : events) {
            if (e.date().equals(world.date()) && (!e.decision() || world.scenario().forcing() == Forcing.HISTORICAL)) {
                apply(e);
            }
        }
        for (TimelineEvent e : added) {
            if (e.date().equals(world.date())) {
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
        long step = world.calendar().step(e.date());
        if (world.begun(step) || step >= world.calendar().days()) {
            throw new IllegalArgumentException("event " + e.id() + " on " + e.date()
                    + " is not a day still to be simulated");
        }
        added.add(e);
    }

    /** Contractors whose arrival date is on or before the start are there from the first day. */
    public void wagnerAtStart() {
        WagnerSpec w = world.scenario().wagner();
        if (w.arrival() != null && !w.arrival().isAfter(world.calendar().date(world.firstDay()))) {
            deploy(false);
        }
    }

    public void apply(TimelineEvent e) {
        int faction = e.faction() == null ? -1 : world.factionIndex(e.faction());
        switch (e.action()) {
            case WITHDRAW -> {
                if (e.force() != null) {
                    withdrawal.depart(withdrawal.contingent(e.force()));
                } else if (faction == world.wagnerFaction()) {
                    wagnerLeave();
                } else if (world.faction(faction).kind() == FactionKind.FOREIGN) {
                    withdrawal.withdrawFaction(faction);
                } else {
                    withdrawal.leaveMap(faction, world.town(world.homeTowns(faction).get(0)).cell());
                }
            }
            case REINFORCE -> reinforcement(e, faction);
            case SET -> set(e.key(), e.value());
            case HOSTILITY -> world.relations().setHostility(index(e, 0), index(e, 1), e.value());
            case TRUCE -> {
                world.relations().startTruce(index(e, 0), index(e, 1));
                announce(e, "a truce between " + name(e, 0) + " and " + name(e, 1) + " begins");
            }
            case BREAK_TRUCE -> {
                int a = index(e, 0);
                // One event per truce that really ends: the named pair's, if it still held, and its partners'.
                for (int[] pair : world.relations().breakTruce(a, index(e, 1))) {
                    if (!world.bothOnMap(pair)) {
                        continue;
                    }
                    world.emit(EventKind.TRUCE_ENDS, pair[0], pair[1], world.town(world.homeTowns(a).get(0)).cell(), 0,
                            0, 0, "the truce between " + world.faction(pair[0]).name() + " and "
                                    + world.faction(pair[1]).name() + " breaks");
                }
            }
            case FORM_COALITION -> {
                int k = coalitions.index(e.coalition());
                CoalitionLevel level = e.level() != null ? e.level() : coalitions.specs().get(k).level();
                coalitions.form(k, level == CoalitionLevel.NONE ? CoalitionLevel.TACTICAL : level);
            }
            case BREAK_COALITION -> coalitions.dissolve(coalitions.index(e.coalition()));
            case OBJECTIVE -> objective(faction, world.townIndex(e.town()), e.value() == null ? 1 : e.value());
            case WAGNER_ARRIVES -> wagnerArrive();
            case WAGNER_LEAVES -> wagnerLeave();
        }
    }

    private int index(TimelineEvent e, int k) {
        return world.factionIndex(e.between().get(k));
    }

    private String name(TimelineEvent e, int k) {
        return world.faction(index(e, k)).name();
    }

    private void announce(TimelineEvent e, String notes) {
        int a = index(e, 0);
        world.emit(EventKind.AGREEMENT, a, index(e, 1), world.town(world.homeTowns(a).get(0)).cell(), 0, 0, 0, notes);
    }

    private void set(String key, double value) {
        switch (key) {
            case "civilians.legitimacy" -> world.setLegitimacy(value);
            case "civilians.hardship" -> world.setHardship(value);
            case "wagner.abuse" -> world.setWagnerAbuse(value);
            default -> throw new IllegalArgumentException("not a live key: " + key);
        }
    }

    /** A faction off the map (gone, or not yet come) takes up no objective: there is nobody to send. */
    private void objective(int faction, int town, double stake) {
        if (!world.onMap(faction)) {
            return;
        }
        world.objectives().set(faction, town, stake);
        TownState t = world.town(town);
        world.emit(EventKind.CHANGE_OF_ACTIVITY, faction, -1, t.cell(), 0, 0, 0, stake > 0
                ? world.faction(faction).name() + " makes " + t.town().name() + " its objective"
                : world.faction(faction).name() + " gives up its objective");
    }

    /**
     * A dated reinforcement comes only to a faction on the map: a withdrawal cancels its later reinforcements,
     * and a faction that has not come (contractors before their arrival, or never) gets none, unless the
     * scenario marks one {@code evenIfAbsent}, which then brings the faction (back). Contractors who come by
     * reinforcement are present, so that their exit removes them.
     */
    private void reinforcement(TimelineEvent e, int faction) {
        if (!world.onMap(faction)) {
            if (!e.evenIfAbsent()) {
                return;
            }
            world.faction(faction).returnToMap();
        }
        if (faction == world.wagnerFaction()) {
            world.setWagnerPresent(true);
        }
        reinforce(faction, e.troops(), e.town() == null ? -1 : world.townIndex(e.town()));
    }

    /** Troops from outside the map join a faction: at a town's garrison, or as new bands at its home towns. */
    private void reinforce(int faction, int troops, int town) {
        world.ledger().book(TroopLedger.Entry.ARRIVED, faction, troops);
        if (town >= 0) {
            Garrison g = world.garrisonOf(faction, town);
            if (g != null) {
                g.addTroops(troops);
            } else {
                world.newGarrison(faction, town, troops, 0.3, world.scenario().supply().stockDays() / 2, null);
            }
            return;
        }
        Faction f = world.faction(faction);
        int band = f.behaviour().bandSize();
        troops = refit(faction, troops, band);
        List<Integer> homes = faction == world.wagnerFaction() && !world.scenario().wagner().bases().isEmpty()
                ? world.scenario().wagner().bases().stream().map(world::townIndex).toList()
                : world.homeTowns(faction);
        for (int k = 0; troops > 0; k++) {
            int size = Math.min(band, troops);
            int home = homes.get(k % homes.size());
            world.newUnit(faction, size, world.scatter(world.town(home).cell()), home);
            troops -= size;
        }
    }

    /**
     * Replacements go first to the faction's bands resting at home to refit, up to a full band each, in list
     * order, as the Command tops them up from recruits: a force that gets no recruits (the contractors) would
     * otherwise keep bands too weak ever to go out again. Returns the troops left for new bands.
     */
    private int refit(int faction, int troops, int band) {
        for (ArmedUnit u : world.units()) {
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
        if (!world.wagnerPresent()) {
            deploy(true);
        }
    }

    private void deploy(boolean announce) {
        WagnerSpec w = world.scenario().wagner();
        int faction = world.wagnerFaction();
        if (faction < 0 || w.strength() <= 0) {
            return;
        }
        world.setWagnerPresent(true);
        world.faction(faction).returnToMap();
        int inBases = w.bases().isEmpty() ? 0 : (int) Math.round(w.strength() * w.garrisonShare());
        for (int k = 0; k < w.bases().size(); k++) {
            int share = inBases / w.bases().size() + (k < inBases % w.bases().size() ? 1 : 0);
            if (share > 0) {
                reinforce(faction, share, world.townIndex(w.bases().get(k)));
            }
        }
        reinforce(faction, w.strength() - inBases, -1);
        if (announce) {
            int cell = world.town(world.homeTowns(faction).get(0)).cell();
            world.emit(EventKind.BASE_ESTABLISHED, faction, -1, cell, 0, 0, 0,
                    world.faction(faction).name() + " arrives");
        }
    }

    private void wagnerLeave() {
        int faction = world.wagnerFaction();
        if (!world.wagnerPresent() || faction < 0) {
            return;
        }
        world.setWagnerPresent(false);
        withdrawal.leaveMap(faction, world.town(world.supplyOrigin()).cell());
    }
}
