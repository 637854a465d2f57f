package sahelsim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per scenario in charts that compare scenarios, the same whatever the order the scenarios are
 * given in: each name goes to the slot of Paul Tol's colour-blind-safe "bright" scheme its hash points to,
 * and names whose slot is taken go to the next free one, in the order of the sorted names. The scheme shares
 * no colour with the factions' Okabe-Ito palette, so a scenario's line is never taken for a faction; beyond
 * its six colours they are used again, dashed.
 */
public final class ScenarioColours {

    /** Tol's "bright" scheme without its grey, yellow (the faintest on white) last. */
    static final Color[] PALETTE = {new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833),
        new Color(0xAA3377), new Color(0x66CCEE), new Color(0xCCBB44)};

    /** A scenario's colour, and whether its line is dashed (it shares its colour with another). */
    public record Style(Color colour, boolean dashed) {
    }

    private final Map<String, Style> styles = new LinkedHashMap<>();

    /** Colours for these scenario names (duplicates are one scenario). */
    public ScenarioColours(List<String> names) {
        List<String> sorted = new ArrayList<>(names.stream().distinct().sorted().toList());
        boolean[] taken = new boolean[PALETTE.length];
        int round = 0;
        while (!sorted.isEmpty()) {
            List<String> left = new ArrayList<>();
            for (String name : sorted) {
                int slot = Math.floorMod(name.hashCode(), PALETTE.length);
                int tries = 0;
                while (taken[slot] && tries < PALETTE.length) {
                    slot = (slot + 1) % PALETTE.length;
                    tries++;
                }
                if (taken[slot]) {
                    left.add(name);
                } else {
                    taken[slot] = true;
                    styles.put(name, new Style(PALETTE[slot], round > 0));
                }
            }
            java.util.Arrays.fill(taken, false);
            sorted = left;
            round++;
        }
    }

    public Style style(String name) {
        Style s = styles.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no colour for scenario " + name);
        }
        return s;
    }

    public Color colour(String name) {
        return style(name).colour();
    }

    /** The colour as CSS "#rrggbb". */
    public String css(String name) {
        return String.format("#%06x", colour(name).getRGB() & 0xFFFFFF);
    }
}
