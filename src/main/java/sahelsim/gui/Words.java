package sahelsim.gui;

import sahelsim.chart.FactionPalette;

/**
 * The window's words for what the model computes, one word for one thing everywhere (map, charts, ticker,
 * inspectors): the control zones of Kalyvas (2006) become how firmly a faction holds the land.
 */
final class Words {

    /** Land, people or a town no faction controls: the same words as the analysts' charts. */
    static final String NO_ONE = FactionPalette.UNCONTROLLED_NAME;
    static final String FIRM = "firm hold";
    static final String UPPER_HAND = "upper hand";
    static final String CONTESTED = "contested";

    private Words() {
    }

    /** How firmly the dominant faction holds a cell in a zone: 1 and 5 firm, 2 and 4 upper hand, 3 contested. */
    static String strength(int zone) {
        return switch (zone) {
            case 1, 5 -> FIRM;
            case 2, 4 -> UPPER_HAND;
            case 3 -> CONTESTED;
            default -> NO_ONE.toLowerCase();
        };
    }
}
