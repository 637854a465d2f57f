package sahelsim.gui;

import java.awt.Container;
import java.lang.reflect.Field;
import java.util.Arrays;
import sim.display.Console;
import sim.util.gui.PropertyField;

/**
 * The Console's Random Number Seed field, taking any 64-bit seed. MASON 18's own field keeps only the low 32 bits
 * of a seed typed into it (its generator used no more); the model's generator takes all 64
 * ({@code Seeds.generator}), so the window takes every seed a headless run takes, a sweep run's among them. The
 * Console keeps its seed and its field in package-private fields, reached here by reflection: MASON 18 is the
 * last MASON on Maven Central, so they will not move. The Console goes on seeding the model from its seed before
 * every start, and its Increment Seed on Stop still shows in this field (MASON adds one within 32 bits).
 */
final class SeedField extends PropertyField {

    private static final String SEED = "randomSeed";
    private static final String FIELD = "randomField";

    private final Console console;

    private SeedField(Console console, long seed) {
        super(Long.toString(seed));
        this.console = console;
        // Sized as MASON sizes its own field.
        getField().setColumns(20);
        setMaximumSize(getField().getPreferredSize());
        setPreferredSize(getField().getPreferredSize());
    }

    /** Puts a seed field in the place of the Console's own, showing the Console's seed. Swing thread. */
    static SeedField install(Console console) {
        PropertyField mason = (PropertyField) get(console, FIELD);
        SeedField field = new SeedField(console, (Long) get(console, SEED));
        Container box = mason.getParent();
        int index = Arrays.asList(box.getComponents()).indexOf(mason);
        box.remove(index);
        box.add(field, index);
        set(console, FIELD, field);
        return field;
    }

    /** A whole number becomes the Console's seed for the next start; anything else leaves the seed as it was. */
    @Override
    public String newValue(String text) {
        try {
            long seed = Long.parseLong(text.strip());
            set(console, SEED, seed);
            return Long.toString(seed);
        } catch (NumberFormatException e) {
            return getValue();
        }
    }

    private static Object get(Console console, String name) {
        try {
            return field(name).get(console);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("MASON's Console." + name + " cannot be read", e);
        }
    }

    private static void set(Console console, String name, Object value) {
        try {
            field(name).set(console, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("MASON's Console." + name + " cannot be set", e);
        }
    }

    private static Field field(String name) {
        try {
            Field f = Console.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MASON's Console has no field " + name + " (MASON 18 has)", e);
        }
    }
}
