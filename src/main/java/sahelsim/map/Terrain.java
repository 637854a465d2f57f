package sahelsim.map;

/**
 * Terrain classes of the map.
 *
 * <p>Movement costs are relative to open Sahel (1.0) and population weights are relative densities per
 * km2 within a region; both are modelling assumptions (no sourced figures), chosen so that the desert is
 * nearly empty and the river valley dense, as the census densities imply (Taoudénit: about 18,000 people on
 * 440,176 km2; Mopti: 2.0 million on 79,017 km2; mali-facts 1.5).
 */
public enum Terrain {
    DESERT("Sahara desert", 1.5, 0.05),
    SAHEL("Sahel", 1.0, 1.0),
    RIVER_VALLEY("Niger valley", 1.5, 5.0),
    INNER_DELTA("Inner Niger Delta", 2.5, 3.0),
    MOUNTAINS("Adrar des Ifoghas", 3.0, 0.1);

    /** Desert lies north of this latitude: a working assumption, not sourced (mali-facts 1.4). */
    public static final double DESERT_LATITUDE = 18.0;

    /** Half-width of the Niger valley either side of the river's course, km (assumption). */
    public static final double RIVER_VALLEY_HALF_WIDTH_KM = 15.0;

    /** Movement on a road or track cell costs this fraction of its terrain's cost (assumption). */
    public static final double ROAD_COST_FACTOR = 0.5;

    private final String label;
    private final double movementCost;
    private final double populationWeight;

    Terrain(String label, double movementCost, double populationWeight) {
        this.label = label;
        this.movementCost = movementCost;
        this.populationWeight = populationWeight;
    }

    public String label() {
        return label;
    }

    public double movementCost() {
        return movementCost;
    }

    public double populationWeight() {
        return populationWeight;
    }
}
