package sahelsim.gui;

import java.util.Locale;

/** A place in words and coordinates, "Gao (16.27 N, 0.04 W)", for inspectors. */
final class Place {

    private Place() {
    }

    static String of(String name, double lat, double lon) {
        return String.format(Locale.ENGLISH, "%s (%.2f %s, %.2f %s)", name, Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
