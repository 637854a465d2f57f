package sahelsim.epstein;

/**
 * The regime's legitimacy L step by step: constant, or falling from one level to another either gradually (in small
 * equal steps, Epstein 2002 Fig. 9) or in one jump (Fig. 10). Before {@code start} it is {@code from}; a gradual
 * decline reaches {@code to} at step {@code start + span}; a sudden drop takes it to {@code to} at step
 * {@code start}. After that it stays at {@code to}.
 */
public record LegitimacyPath(Shape shape, double from, double to, int start, int span) {

    /** How legitimacy changes. */
    public enum Shape {
        CONSTANT, GRADUAL, SUDDEN
    }

    public LegitimacyPath {
        checkLevel("from", from);
        checkLevel("to", to);
        if (start < 0) {
            throw new IllegalArgumentException("legitimacy start: expected step 0 or later, got " + start);
        }
        if (shape == Shape.GRADUAL && span < 1) {
            throw new IllegalArgumentException("legitimacy decline: expected a span of 1 or more steps, got " + span);
        }
    }

    private static void checkLevel(String name, double level) {
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("legitimacy " + name + ": expected a number from 0 to 1, got " + level);
        }
    }

    public static LegitimacyPath constant(double legitimacy) {
        return new LegitimacyPath(Shape.CONSTANT, legitimacy, legitimacy, 0, 0);
    }

    /** From {@code from} at step {@code start} down to {@code to} at step {@code start + span}, equally each step. */
    public static LegitimacyPath gradual(double from, double to, int start, int span) {
        return new LegitimacyPath(Shape.GRADUAL, from, to, start, span);
    }

    /** {@code from} until step {@code start}, then {@code to} at once. */
    public static LegitimacyPath sudden(double from, double to, int start) {
        return new LegitimacyPath(Shape.SUDDEN, from, to, start, 0);
    }

    /** The last step at which legitimacy changes: where a decline ends. */
    public int end() {
        return start + span;
    }

    public double at(int step) {
        return switch (shape) {
            case CONSTANT -> from;
            case SUDDEN -> step < start ? from : to;
            case GRADUAL -> step <= start ? from : step >= end() ? to : from + (to - from) * (step - start) / span;
        };
    }
}
