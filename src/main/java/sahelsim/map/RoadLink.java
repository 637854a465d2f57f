package sahelsim.map;

/** One link of the road graph between two consecutive towns of a road, with its great-circle length. */
public record RoadLink(int index, String roadId, RoadKind kind, int from, int to, double km) {

    public int other(int town) {
        return town == from ? to : from;
    }
}
