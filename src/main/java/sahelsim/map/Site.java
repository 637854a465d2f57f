package sahelsim.map;

import java.util.List;

/**
 * A place beside the map's towns where people who flee can stay: a refugee camp across the border, or a
 * Malian city south of the map. It is joined to the road graph by the routes to the towns it names.
 *
 * @param country lower-case country id ({@code mali} for a city)
 * @param links   the routes from the map's towns it is reached from
 */
public record Site(String id, String name, SiteKind kind, String country, LatLon location, List<Link> links) {

    /** A route from one of the map's towns to the site, with its length by road. */
    public record Link(String town, double km) {
        public Link {
            if (!(km > 0)) {
                throw new IllegalArgumentException("route from " + town + " needs a length in km, got " + km);
            }
        }
    }

    public Site {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("site " + id + " names no town it is reached from");
        }
    }

    /** Whether people staying here are abroad (refugees) rather than displaced inside Mali. */
    public boolean abroad() {
        return kind == SiteKind.CAMP;
    }
}
