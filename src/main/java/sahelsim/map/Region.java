package sahelsim.map;

/**
 * An administrative region (2016 layout).
 *
 * @param population2009 2009 census population
 * @param areaKm2        official area
 * @param partial        lies only partly on the map; its census figure is scaled to the part on the map
 */
public record Region(String id, String name, int population2009, double areaKm2, boolean partial) {
}
