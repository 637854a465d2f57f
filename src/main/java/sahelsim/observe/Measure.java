package sahelsim.observe;

/**
 * Every measure the observer records, with its one definition and unit. Names are the `measure` column of
 * daily.csv and monthly.csv. A flow is counted per day (summed into months); a level is a state on a day
 * (its month's value is the value on the month's last simulated day).
 */
public enum Measure {
    CONTROL_SHARE_POPULATION("control_share_population", Key.FACTION_OR_NONE, false, "share of residents",
            "Share of the map's residents living in cells the faction dominates; `none` is the uncontrolled "
                    + "share. Sums to 1 each day."),
    CONTROL_SHARE_AREA("control_share_area", Key.FACTION_OR_NONE, false, "share of area",
            "Share of Mali's area on the map in cells the faction dominates; `none` is uncontrolled. Sums to 1."),
    CONTESTED_SHARE_AREA("contested_share_area", Key.TOTAL, false, "share of area",
            "Share of the area in Kalyvas zone 3 (contested)."),
    ZONE_SHARE_AREA("zone_share_area", Key.ZONE, false, "share of area",
            "Share of the area in each Kalyvas zone (faction column: 1 full state control ... 5 full insurgent "
                    + "control; 0 uncontrolled)."),
    ZONE_SHARE_POPULATION("zone_share_population", Key.ZONE, false, "share of residents",
            "Share of residents in each Kalyvas zone (faction column: zone 0-5)."),
    ARMED_GROUP_POPULATION_SHARE("armed_group_population_share", Key.TOTAL, false, "share of residents",
            "Share of residents in zones 4 and 5, where armed groups dominate."),
    ATTACKS("attacks", Key.FACTION_AND_TOTAL, true, "events",
            "Violent events (battles, explosions, violence against civilians) the faction started."),
    FATALITIES("fatalities", Key.FACTION_AND_TOTAL, true, "people",
            "People killed by the faction: fighters of the other side (killed only, not the wounded or captured) "
                    + "and civilians."),
    CIVILIAN_DEATHS("civilian_deaths", Key.FACTION_AND_TOTAL, true, "people",
            "Civilians killed by the faction, targeted or in battle."),
    DISPLACED("displaced", Key.TOTAL, false, "people", "People displaced inside the country, not yet home: "
            + "staying in a town of the map or in Bamako, or on the road between places."),
    DISPLACED_AT("displaced_at", Key.PLACE, false, "people", "Displaced people staying at a place in Mali (faction "
            + "column: the id of a town of the map, or bamako); those on the road are in `on_the_road`."),
    ON_THE_ROAD("on_the_road", Key.TOTAL, false, "people", "Displaced people travelling between places on the roads "
            + "and tracks."),
    REFUGEES("refugees", Key.TOTAL, false, "people", "People staying in the refugee camps across Mali's borders, "
            + "not yet home."),
    REFUGEES_AT("refugees_at", Key.CAMP, false, "people", "Refugees staying in each camp (faction column: the "
            + "camp's id, as in sites.csv)."),
    REFUGEES_BY_COUNTRY("refugees_by_country", Key.COUNTRY, false, "people", "Refugees by country of asylum "
            + "(faction column: mauritania, niger, burkina-faso)."),
    FLED("fled", Key.TOTAL, true, "people", "People who fled their homes."),
    RETURNED("returned", Key.TOTAL, true, "people", "People who came home from wherever they stayed."),
    RECRUITS("recruits", Key.FACTION, true, "people", "New recruits the faction took in."),
    TROOPS("troops", Key.FACTION, false, "fighters", "The faction's fighters on the map, in garrisons, units and the "
            + "escorts of its convoys. Each day it is the day before's (0 before the first day) + troops_recruited "
            + "+ troops_arrived - troops_killed - troops_lost_otherwise - troops_withdrawn."),
    TROOPS_RECRUITED("troops_recruited", Key.FACTION, true, "fighters", "Recruits the faction formed into units or "
            + "sent to its garrisons, whole, out of the pool that `recruits` fills."),
    TROOPS_ARRIVED("troops_arrived", Key.FACTION, true, "fighters", "Fighters brought onto the map: on the first day "
            + "the forces placed at the start, then reinforcements, foreign contingents and contractors arriving."),
    TROOPS_KILLED("troops_killed", Key.FACTION, true, "fighters", "The faction's fighters killed in battle."),
    TROOPS_LOST_OTHERWISE("troops_lost_otherwise", Key.FACTION, true, "fighters", "The faction's fighters put out "
            + "of action in battle but not killed (wounded, captured, missing), and those who dispersed when their "
            + "post or convoy was lost."),
    TROOPS_WITHDRAWN("troops_withdrawn", Key.FACTION, true, "fighters", "Fighters taken off the map: foreign "
            + "contingents and contractors leaving."),
    TOWNS_HELD("towns_held", Key.FACTION, false, "towns", "Towns the faction holds (largest local garrison)."),
    BLOCKADED_TOWNS("blockaded_towns", Key.TOTAL, false, "towns", "Towns under blockade."),
    INSURGENT_FRONT_KM("insurgent_front_km", Key.TOTAL, false, "km",
            "Great-circle distance from Bamako to the nearest insurgent-held cell: people live there, it is in "
                    + "zone 4 or 5 and an armed group of the insurgent side dominates it (empty when there is none). "
                    + "No cell of the map is nearer than its south-western corner (163.4 km at 0.1 degree)."),
    INSURGENT_FRONT_P10_KM("insurgent_front_p10_km", Key.TOTAL, false, "km",
            "Distance from Bamako within which live the nearest 10% of the residents of insurgent-held cells: "
                    + "where the bulk of the insurgents' territory begins, unlike insurgent_front_km not moved by "
                    + "one cell (empty when there is none)."),
    STATE_LEGITIMACY("state_legitimacy", Key.TOTAL, false, "L (0-1)",
            "Residents' mean perceived legitimacy of the state."),
    JOINT_ASSAULTS("joint_assaults", Key.FACTION_AND_TOTAL, true, "battles",
            "Assaults and raids on a town that ended this day in which the faction's units attacked beside another "
                    + "faction's (a coalition, or the state's side, acting as one); the total counts each once."),
    COALITION_LEVEL("coalition_level", Key.COALITION, false, "level",
            "State of each coalition (faction column: its id): 0 none, 1 tactical, 2 full."),
    ACTIVE_CIVILIANS("active_civilians", Key.TOTAL, false, "people",
            "Civilians at home who are active (openly defy the state, Epstein's Model I) after the day's arrests."),
    ACTIVE_SHARE("active_share", Key.TOTAL, false, "share of residents",
            "Active civilians over the people at home (residents), after the day's arrests."),
    JAILED_CIVILIANS("jailed_civilians", Key.TOTAL, false, "people", "Civilians in jail."),
    ARRESTS("arrests", Key.FACTION_AND_TOTAL, true, "people",
            "Active civilians the faction's garrisons and units arrested and jailed."),
    PROTESTS("protests", Key.TOTAL, true, "events",
            "Protests that began: active civilians facing state troops that outnumber them (event type Protests)."),
    RIOTS("riots", Key.TOTAL, true, "events",
            "Riots that began: active civilians outnumbering the state troops facing them (event type Riots).");

    /** What the `faction` column holds for a measure. */
    public enum Key {
        /** One row per faction. */
        FACTION,
        /** One row per faction and one for `none` (uncontrolled). */
        FACTION_OR_NONE,
        /** One row per faction and a total row with an empty faction. */
        FACTION_AND_TOTAL,
        /** A single total row with an empty faction. */
        TOTAL,
        /** One row per Kalyvas zone, 0-5. */
        ZONE,
        /** One row per coalition id. */
        COALITION,
        /** One row per place in Mali where displaced people stay: the map's towns, then Bamako. */
        PLACE,
        /** One row per refugee camp abroad. */
        CAMP,
        /** One row per country of asylum. */
        COUNTRY
    }

    private final String id;
    private final Key key;
    private final boolean flow;
    private final String unit;
    private final String definition;

    Measure(String id, Key key, boolean flow, String unit, String definition) {
        this.id = id;
        this.key = key;
        this.flow = flow;
        this.unit = unit;
        this.definition = definition;
    }

    public String id() {
        return id;
    }

    public Key key() {
        return key;
    }

    /** Counted per day and summed into months (rather than a level on a day). */
    public boolean flow() {
        return flow;
    }

    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public static Measure byId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure " + id);
    }
}
