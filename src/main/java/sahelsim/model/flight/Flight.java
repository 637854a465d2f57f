package sahelsim.model.flight;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.scenario.FlightParams;

/**
 * Where the people who fled are, and how they move, after Flee (Suleimenova, Bell and Groen 2017), with people
 * counted per place and per link rather than one object each.
 *
 * <p>State: for every district (the cells nearest a town, where people set out from) and every place, the
 * people of the district staying there; and the groups on the road ({@link Travellers}). Each day:
 * <ol>
 *   <li>displaced people staying in a town in conflict move on with chance
 *       {@code conflictMoveChance x intensity} (Flee's move chance of a conflict zone);</li>
 *   <li>those who move on, and the day's people fleeing their homes ({@link #depart}), choose where to go: each
 *       place within {@code awarenessLinks} links draws them in proportion to its attractiveness (a camp
 *       {@code campWeight}, a town {@code conflictWeight ^ intensity}, Bamako 1) over
 *       {@code (softeningKm + route cost) ^ distancePower}, Flee's weight; people from home add their district's
 *       first stretch ({@link Places#entryKm}) and may stay in their own district town;</li>
 *   <li>everyone on the road covers {@code speedKmPerDay} along the least-cost route ({@link Routes}) and,
 *       where they reach a place that is not their goal, takes the next link of the day's route to it.</li>
 * </ol>
 * A town's conflict intensity is how far its cell's fear passes the flight threshold,
 * {@code clamp((fear - threshold) / (1 - threshold))}; Bamako and the camps are safe. People at a camp are
 * refugees; anywhere else, on the road included, displaced. They go home from wherever they are
 * ({@link #sendHome}) when their home cell has been safe for a while.
 */
public final class Flight {

    private final World world;
    private final FlightParams params;
    private final Places places;
    private final Routes routes;
    private final Travellers road = new Travellers();
    private final double threshold;
    private final int n;
    private final int districts;
    private final int[] settled;
    private final long[] atPlace;
    private final int[] hopDays;
    private final int[] leavers;
    private final double[] intensity;
    /** The last split's shares (scratch: see {@link #split}). */
    private final int[] shares;
    private final double[] score;
    private final double[] moveWeights;
    private final double[] homeWeights;
    private final boolean[] moveKnown;
    private final boolean[] homeKnown;
    private long fledToday;
    private long returnedToday;

    public Flight(World world) {
        this.world = world;
        this.params = world.scenario().civilians().flight();
        this.threshold = world.scenario().civilians().flightThreshold();
        this.places = new Places(world.grid());
        this.n = places.size();
        this.districts = places.towns();
        this.routes = new Routes(places, params.dangerDetour());
        settled = new int[districts * n];
        atPlace = new long[n];
        hopDays = new int[places.linkCount()];
        for (int l = 0; l < hopDays.length; l++) {
            hopDays[l] = Math.max(1, (int) Math.ceil(places.linkKm(l) / params.speedKmPerDay()));
        }
        leavers = new int[districts];
        intensity = new double[n];
        shares = new int[n];
        score = new double[n];
        moveWeights = new double[n * n];
        homeWeights = new double[districts * n];
        moveKnown = new boolean[n];
        homeKnown = new boolean[districts];
        updateDangers();
    }

    public Places places() {
        return places;
    }

    /**
     * Places those who had fled before the start: {@code displaced} people in Mali and {@code refugees} in the
     * camps, taken from the conflict cells' residents and placed from each district by the weights of a day's
     * flight, split by largest remainder. Each conflict cell gives up people as a day's flight from it would
     * split them: in proportion to its residents times the share of its district's weight that lies in Mali (for
     * the displaced) or in the camps (for the refugees), so that refugees come mostly from the districts near a
     * camp.
     */
    public void alreadyFled(boolean[] conflict, int displaced, int refugees) {
        double[] w = new double[n];
        double[] abroadShare = new double[districts];
        for (int d = 0; d < districts; d++) {
            homeRow(d, w, true, true);
            double all = 0;
            double camps = 0;
            for (int p = 0; p < n; p++) {
                all += w[p];
                camps += places.abroad(p) ? w[p] : 0;
            }
            abroadShare[d] = all == 0 ? 0 : camps / all;
        }
        double[] inMaliFactor = new double[conflict.length];
        double[] abroadFactor = new double[conflict.length];
        for (int i = 0; i < conflict.length; i++) {
            if (conflict[i]) {
                inMaliFactor[i] = 1 - abroadShare[places.district(i)];
                abroadFactor[i] = abroadShare[places.district(i)];
            }
        }
        Population pop = world.population();
        long[] inMali = byDistrict(pop.alreadyFled(inMaliFactor, displaced));
        long[] inCamps = byDistrict(pop.alreadyFled(abroadFactor, refugees));
        for (int d = 0; d < districts; d++) {
            homeRow(d, w, false, true);
            settle(d, (int) inMali[d], w, 0.5);
            homeRow(d, w, true, false);
            settle(d, (int) inCamps[d], w, 0.5);
        }
    }

    private long[] byDistrict(int[] perCell) {
        long[] out = new long[districts];
        for (int i = 0; i < perCell.length; i++) {
            out[places.district(i)] += perCell[i];
        }
        return out;
    }

    /** Splits people of a district over places by weight, all staying where they land, from a given offset. */
    private void settle(int district, int people, double[] w, double offset) {
        int[] share = split(people, w, 0, offset);
        for (int p = 0; p < n; p++) {
            if (share[p] > 0) {
                put(district, p, share[p]);
            }
        }
    }

    /** Opens a day's counts of people who fled and came home. */
    public void beginDay() {
        fledToday = 0;
        returnedToday = 0;
    }

    /** People of a land cell who fled today (already booked away by the population); they set out today. */
    public void depart(int landIndex, int people) {
        leavers[places.district(landIndex)] += people;
        fledToday += people;
    }

    /** One day of movement: moving on from towns in conflict, setting out from home, travel. */
    public void step() {
        updateDangers();
        MersenneTwisterFast random = world.random();
        for (int d = 0; d < districts; d++) {
            // Only towns can be in conflict: places 0 .. districts - 1.
            for (int p = 0; p < districts; p++) {
                int here = settled[d * n + p];
                if (here > 0 && intensity[p] > 0) {
                    int moving = Math.min(here,
                            world.draws().stochasticRound(here * params.conflictMoveChance() * intensity[p]));
                    if (moving > 0) {
                        take(d, p, moving);
                        setOut(d, p, moving, moveWeights, moveRow(p), random);
                    }
                }
            }
        }
        for (int d = 0; d < districts; d++) {
            if (leavers[d] > 0) {
                setOut(d, d, leavers[d], homeWeights, homeRow(d), random);
                leavers[d] = 0;
            }
        }
        for (int g = 0; g < road.size(); g++) {
            if (!road.travel(g)) {
                continue;
            }
            int at = road.toward(g);
            int goal = road.destination(g);
            int link = at == goal ? Routes.NONE : routes.firstLink(at, goal);
            if (link == Routes.NONE) {
                put(road.district(g), at, road.people(g));
                road.arrive(g);
            } else {
                road.onward(g, link, places.across(link, at), hopDays[link]);
            }
        }
        road.compact();
    }

    /**
     * Sends people from a place by the weights in a table's row (from {@code base}): those who draw their own
     * place stay there.
     */
    private void setOut(int district, int from, int people, double[] table, int base, MersenneTwisterFast random) {
        int[] share = split(people, table, base, random.nextDouble());
        if (nobody(share)) {
            put(district, from, people);
            return;
        }
        for (int p = 0; p < n; p++) {
            if (share[p] == 0) {
                continue;
            }
            if (p == from) {
                put(district, p, share[p]);
            } else {
                int link = routes.firstLink(from, p);
                road.add(district, p, link, places.across(link, from), hopDays[link], share[p]);
            }
        }
    }

    private static boolean nobody(int[] share) {
        for (int s : share) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits {@code people} over the places by weight, by systematic sampling from one offset in [0, 1): every
     * share is its expectation rounded up or down, and the shares add up exactly. With no weight at all nobody
     * is placed (the caller's rows always hold the place people stand at, or the start's placement is empty).
     * The shares are written to one array, overwritten by the next split: every caller uses them at once.
     */
    private int[] split(int people, double[] w, int base, double offset) {
        int[] share = shares;
        Arrays.fill(share, 0);
        double total = 0;
        int last = -1;
        for (int p = 0; p < n; p++) {
            total += w[base + p];
            if (w[base + p] > 0) {
                last = p;
            }
        }
        if (people <= 0 || last < 0) {
            return share;
        }
        double cumulative = 0;
        long given = 0;
        for (int p = 0; p < last; p++) {
            cumulative += w[base + p];
            long upTo = (long) Math.floor(people * cumulative / total + offset);
            share[p] = (int) Math.max(0, Math.min(people - given, upTo - given));
            given += share[p];
        }
        share[last] = (int) (people - given);
        return share;
    }

    /**
     * Moves people home: of each district's people, the share whose home cell is safe ({@code safeAway} of
     * {@code away}) goes home at {@code civilians.returnRate} a day from a place in Mali and at
     * {@code refugeeReturnShare} of it from a camp; those on the road go on first. Returns, per district, how
     * many left their place for home (never more than its safe cells' people), for the caller to hand to the
     * safe cells.
     */
    public int[] sendHome(long[] safeAway, long[] away) {
        int[] going = new int[districts];
        double rate = world.scenario().civilians().returnRate();
        for (int d = 0; d < districts; d++) {
            if (safeAway[d] <= 0 || away[d] <= 0) {
                continue;
            }
            double share = (double) safeAway[d] / away[d];
            for (int p = 0; p < n && going[d] < safeAway[d]; p++) {
                int here = settled[d * n + p];
                if (here == 0) {
                    continue;
                }
                double perDay = rate * (places.abroad(p) ? params.refugeeReturnShare() : 1);
                int back = (int) Math.min(Math.min(here, safeAway[d] - going[d]),
                        world.draws().stochasticRound(here * share * perDay));
                if (back > 0) {
                    take(d, p, back);
                    going[d] += back;
                }
            }
            returnedToday += going[d];
        }
        return going;
    }

    private void put(int district, int place, int people) {
        settled[district * n + place] += people;
        atPlace[place] += people;
    }

    private void take(int district, int place, int people) {
        settled[district * n + place] -= people;
        atPlace[place] -= people;
    }

    /** The day's conflict intensity and attractiveness of every place, from the fear in the towns' cells. */
    private void updateDangers() {
        Population pop = world.population();
        for (int p = 0; p < n; p++) {
            double danger = 0;
            if (p < districts) {
                double fear = pop.fear(places.townLand(p));
                danger = Math.max(0, Math.min(1, (fear - threshold) / (1 - threshold)));
            }
            intensity[p] = danger;
            score[p] = places.abroad(p) ? params.campWeight() : Math.pow(params.conflictWeight(), danger);
        }
        routes.reset(intensity);
        Arrays.fill(moveKnown, false);
        Arrays.fill(homeKnown, false);
    }

    /** The row (its offset in the move table) of the places' weights for people moving on from a place. */
    private int moveRow(int from) {
        int base = from * n;
        if (!moveKnown[from]) {
            for (int p = 0; p < n; p++) {
                moveWeights[base + p] = p == from ? 0 : weight(from, p, 0);
            }
            moveKnown[from] = true;
        }
        return base;
    }

    /** The row (its offset in the home table) of the places' weights for people setting out from home. */
    private int homeRow(int district) {
        if (!homeKnown[district]) {
            double[] row = new double[n];
            homeRow(district, row, true, true);
            System.arraycopy(row, 0, homeWeights, district * n, n);
            homeKnown[district] = true;
        }
        return district * n;
    }

    /**
     * Weights for people setting out from home in a district, over the places in Mali (their own district town
     * among them), the camps, or both.
     */
    private void homeRow(int district, double[] row, boolean camps, boolean inMali) {
        double entry = places.entryKm(district);
        for (int p = 0; p < n; p++) {
            boolean wanted = places.abroad(p) ? camps : inMali;
            row[p] = wanted ? weight(district, p, entry) : 0;
        }
    }

    /** Flee's weight of a place seen from another: attractiveness over the softened route cost, to a power. */
    private double weight(int from, int to, double entryKm) {
        if (routes.hops(from, to) > params.awarenessLinks()) {
            return 0;
        }
        double cost = routes.cost(from, to);
        if (Double.isInfinite(cost)) {
            return 0;
        }
        double distance = params.softeningKm() + entryKm + cost;
        double power = params.distancePower();
        return score[to] / (power == 1 ? distance : Math.pow(distance, power));
    }

    // What the observer, the window and the tests read.

    /** People staying at a place (displaced in a Mali town or Bamako, refugees in a camp). */
    public long at(int place) {
        return atPlace[place];
    }

    /** People of a district staying at a place. */
    public int at(int district, int place) {
        return settled[district * n + place];
    }

    /** Displaced people inside Mali: staying in its towns and Bamako, and on the road. */
    public long displacedTotal() {
        long sum = road.total();
        for (int p = 0; p < n; p++) {
            if (!places.abroad(p)) {
                sum += atPlace[p];
            }
        }
        return sum;
    }

    /** Refugees: people staying in the camps abroad. */
    public long refugeesTotal() {
        long sum = 0;
        for (int p = 0; p < n; p++) {
            if (places.abroad(p)) {
                sum += atPlace[p];
            }
        }
        return sum;
    }

    /** Refugees in the camps of a country (an index into {@link Places#countries()}). */
    public long refugeesIn(int country) {
        long sum = 0;
        for (int p = 0; p < n; p++) {
            if (places.abroad(p) && places.country(p) == country) {
                sum += atPlace[p];
            }
        }
        return sum;
    }

    /** People on the road, between places. */
    public long onTheRoad() {
        return road.total();
    }

    /** People on the road on each link (in either direction), by link index of {@link Places}. */
    public long[] onLinks() {
        long[] out = new long[places.linkCount()];
        for (int g = 0; g < road.size(); g++) {
            out[road.link(g)] += road.people(g);
        }
        return out;
    }

    /** People from a district who are displaced inside Mali, staying somewhere or on the road. */
    public long displacedFrom(int district) {
        long sum = 0;
        for (int p = 0; p < n; p++) {
            if (!places.abroad(p)) {
                sum += settled[district * n + p];
            }
        }
        for (int g = 0; g < road.size(); g++) {
            if (road.district(g) == district) {
                sum += road.people(g);
            }
        }
        return sum;
    }

    /** Everyone from a district who is away, wherever: the district's share of the population's ledger. */
    public long peopleFrom(int district) {
        long sum = 0;
        for (int p = 0; p < n; p++) {
            sum += settled[district * n + p];
        }
        for (int g = 0; g < road.size(); g++) {
            if (road.district(g) == district) {
                sum += road.people(g);
            }
        }
        return sum;
    }

    /** The conflict intensity of a place today (0 safe, 1 full conflict). */
    public double intensity(int place) {
        return intensity[place];
    }

    /** People who fled their homes today. */
    public long fledToday() {
        return fledToday;
    }

    /** People who came home today. */
    public long returnedToday() {
        return returnedToday;
    }
}
