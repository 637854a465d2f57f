package sahelsim.gui;

import java.awt.Font;
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
 * for a window 1920 pixels wide and follow the window's width, so that a 1280 x 720 projector shows the same
 * picture as a 1920 x 1080 one, each letter taking the same share of the screen.
 */
final class ClassroomLook {

    /** Titles of the charts and the news. */
    static final float TITLE = 30f;
    /** Lines of the news ticker. */
    static final float NEWS = 27f;
    /** Chart ticks, legends and axis labels. */
    static final float CHART_TEXT = 24f;
    /** Button labels. */
    static final float BUTTON = 26f;
    /** The line under the levers, the status line and small labels. */
    static final float LINE = 24f;
    /** Swing's default fonts (12-13 pt) grow by this factor in a 1920-pixel-wide window, MASON's Console too. */
    private static final float FONT_SCALE = 1.6f;
    private static final float MIN_FACTOR = 0.5f;
    private static final float MAX_FACTOR = 2f;

    private static float factor = 1f;
    private static boolean installed;

    private ClassroomLook() {
    }

    /**
     * Sizes everything for a window {@code width} pixels wide and enlarges Swing's default fonts, once, before
     * the first window is built. Swing thread.
     */
    static void install(int width) {
        if (installed) {
            return;
        }
        installed = true;
        factor = Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, width / 1920f));
        List<Object> keys = new ArrayList<>();
        UIManager.getLookAndFeelDefaults().keySet().forEach(keys::add);
        for (Object key : keys) {
            Object value = UIManager.get(key);
            if (value instanceof FontUIResource f) {
                UIManager.put(key, new FontUIResource(f.deriveFont(f.getSize2D() * FONT_SCALE * factor)));
            }
        }
    }

    /** A button a class can read from the back: large bold text, generous padding. */
    static <B extends AbstractButton> B big(B button) {
        button.setFont(font(Font.BOLD, BUTTON));
        button.setFocusPainted(false);
        button.setMargin(new Insets(pixels(8), pixels(16), pixels(8), pixels(16)));
        return button;
    }

    /** A titled group of controls. */
    static <C extends JComponent> C group(C component, String title) {
        TitledBorder border = BorderFactory.createTitledBorder(title);
        border.setTitleFont(font(Font.BOLD, LINE));
        component.setBorder(BorderFactory.createCompoundBorder(border, BorderFactory.createEmptyBorder(0, 4, 2, 4)));
        return component;
    }

    /** The map's font at a size given for a 1920-pixel-wide window. */
    static Font font(int style, float size) {
        return MapStyle.font(style, size * factor);
    }

    /** A length in pixels given for a 1920-pixel-wide window. */
    static int pixels(int size) {
        return Math.round(size * factor);
    }
}
