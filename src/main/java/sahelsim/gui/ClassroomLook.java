package sahelsim.gui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.border.TitledBorder;
import javax.swing.plaf.FontUIResource;
import sahelsim.chart.MapStyle;

/**
 * Sizes for the back of a classroom: every Swing font enlarged, big buttons, bold group titles. Sizes are given
 * for a 1920-pixel-wide projector and follow the screen's width (within limits), so that the controls still
 * fit on a 1366-pixel screen and grow on a larger one.
 */
final class ClassroomLook {

    /** Swing's default fonts (12-13 pt) grow by this factor on a 1920-pixel screen, MASON's Console included. */
    private static final float FONT_SCALE = 1.35f;
    private static final float FACTOR = screenFactor();

    private static boolean installed;

    private ClassroomLook() {
    }

    /** Enlarges Swing's default fonts once, before the first window is built. Swing thread. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        List<Object> keys = new ArrayList<>();
        UIManager.getLookAndFeelDefaults().keySet().forEach(keys::add);
        for (Object key : keys) {
            Object value = UIManager.get(key);
            if (value instanceof FontUIResource f) {
                UIManager.put(key, new FontUIResource(f.deriveFont(f.getSize2D() * FONT_SCALE * FACTOR)));
            }
        }
    }

    /** A button a class can read from the back: large bold text, generous padding. */
    static <B extends AbstractButton> B big(B button) {
        button.setFont(font(Font.BOLD, 18f));
        button.setFocusPainted(false);
        button.setMargin(new Insets(pixels(6), pixels(14), pixels(6), pixels(14)));
        return button;
    }

    /** A titled group of controls. */
    static <C extends JComponent> C group(C component, String title) {
        TitledBorder border = BorderFactory.createTitledBorder(title);
        border.setTitleFont(font(Font.BOLD, 16f));
        component.setBorder(BorderFactory.createCompoundBorder(border, BorderFactory.createEmptyBorder(2, 6, 4, 6)));
        return component;
    }

    /** The map's font at a size given for a 1920-pixel screen. */
    static Font font(int style, float size) {
        return MapStyle.font(style, size * FACTOR);
    }

    /** A length in pixels given for a 1920-pixel screen. */
    static int pixels(int size) {
        return Math.round(size * FACTOR);
    }

    private static float screenFactor() {
        if (GraphicsEnvironment.isHeadless()) {
            return 1f;
        }
        int width = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().width;
        return Math.max(0.8f, Math.min(1.4f, width / 1920f));
    }
}
