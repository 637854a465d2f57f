package sahelsim.map;

/**
 * A town, base or site on the map.
 *
 * @param id         stable lower-case identifier used in scenario files and outputs
 * @param population residents in the town itself (2009 census commune figure, GeoNames or an assumption)
 * @param region     id of the 2016 administrative region
 * @param capital    a regional capital
 * @param airfield   has an airstrip usable for air resupply
 */
public record Town(String id, String name, LatLon location, int population, String region,
                   boolean capital, boolean airfield) {
}
