package sahelsim.model.mechanics;

import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.model.flight.Flight;
import sahelsim.model.flight.Places;
import sahelsim.scenario.CivilianParams;

/**
 * Who leaves home and who comes back. Fear decays with a half-life and builds up in contested cells. Where fear
 * exceeds the flight threshold, a share of residents flees each day, growing with fear, and sets out on the
 * roads ({@link Flight}, which takes them where they go). A cell is safe while its fear stays below the return
 * threshold; once it has been safe for {@code flight.returnAfterSafeDays} days in a row, its people who fled
 * come home from wherever they stay, at the return rate.
 */
public final class Displacement {

    private final World world;
    private final Flight flight;
    private final CivilianParams params;
    private final float decay;
    private final int[] safeDays;

    public Displacement(World world, Flight flight) {
        this.world = world;
        this.flight = flight;
        this.params = world.scenario().civilians();
        this.decay = (float) Math.pow(0.5, 1.0 / params.fearHalfLifeDays());
        this.safeDays = new int[world.population().size()];
    }

    public void step() {
        Population pop = world.population();
        ControlMap control = world.control();
        Places places = flight.places();
        double threshold = params.flightThreshold();
        int homeSafeAfter = Math.max(1, params.flight().returnAfterSafeDays());
        long[] away = new long[places.towns()];
        long[] safeAway = new long[places.towns()];
        flight.beginDay();
        for (int i = 0; i < pop.size(); i++) {
            float fear = pop.fear(i) * decay;
            if (control.zone(i) == 3) {
                fear += (float) (params.contestedFear() * (1 - fear));
            }
            pop.setFear(i, fear);
            safeDays[i] = fear < params.returnThreshold() ? Math.min(safeDays[i] + 1, homeSafeAfter) : 0;
            int residents = pop.residents(i);
            if (fear > threshold && residents > 0) {
                double rate = params.flightRate() * (fear - threshold) / (1 - threshold);
                int leaving = pop.leave(i, world.draws().stochasticRound(residents * rate));
                if (leaving > 0) {
                    flight.depart(i, leaving);
                }
            }
            int district = places.district(i);
            away[district] += pop.away(i);
            if (safe(i, homeSafeAfter)) {
                safeAway[district] += pop.away(i);
            }
        }
        flight.step();
        int[] going = flight.sendHome(safeAway, away);
        for (int d = 0; d < going.length; d++) {
            if (going[d] > 0) {
                welcome(d, going[d], safeAway[d], homeSafeAfter);
            }
        }
    }

    private boolean safe(int i, int homeSafeAfter) {
        return safeDays[i] >= homeSafeAfter;
    }

    /**
     * Hands a district's people coming home to its safe cells in proportion to their people away, by cumulative
     * rounding: each cell gets its share rounded, the shares add up exactly and none exceeds the cell's away.
     */
    private void welcome(int district, int people, long safeAway, int homeSafeAfter) {
        Population pop = world.population();
        Places places = flight.places();
        long cumulative = 0;
        long given = 0;
        for (int k = 0; k < places.districtSize(district) && given < people; k++) {
            int i = places.districtCell(district, k);
            if (!safe(i, homeSafeAfter) || pop.away(i) == 0) {
                continue;
            }
            cumulative += pop.away(i);
            long upTo = Math.round((double) people * cumulative / safeAway);
            given += pop.comeHome(i, (int) (upTo - given));
        }
    }
}
