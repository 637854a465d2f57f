package sahelsim.gui;

import java.time.LocalDate;
import java.util.List;

/**
 * What the levers can do at a moment of the run and what each would do, read from the model between two days.
 *
 * @param open          levers can still be pulled (the run is not over)
 * @param nextDate      the day a lever pulled now takes effect; null when the run is over
 * @param buttons       the foreign forces, the contractors and the coalitions, in that order
 * @param legitimacy    the state's legitimacy, as set by the last lever if one is waiting for the next day
 * @param abuse         the contractors' abuse rate, likewise
 * @param abuseOpen     the scenario has contractors, so the abuse slider means something
 */
record LeverState(boolean open, LocalDate nextDate, List<Button> buttons, double legitimacy, double abuse,
                  boolean abuseOpen) {

    LeverState {
        buttons = List.copyOf(buttons);
    }

    /** What a lever button acts on. */
    enum Target { FORCE, WAGNER, COALITION }

    /**
     * One lever button.
     *
     * @param id          the foreign faction's or the coalition's id; "wagner" for the contractors
     * @param name        what it acts on, in short: "MINUSMA", "Wagner", "CSP + JNIM"
     * @param status      how things stand, for the group's title: "in 12 camps", "gone", "apart", "together"
     * @param action      the button's text: what a pull does ("Leave now", "Join forces now")
     * @param explanation the line under the buttons: what a pull does, on which day, and what stays scheduled
     * @param on          the force is on the map, the coalition holds
     * @param enabled     a pull is possible now
     * @param pending     a pull waits for the next day
     */
    record Button(Target target, String id, String name, String status, String action, String explanation,
                  boolean on, boolean enabled, boolean pending) {
    }

    Button button(Target target, String id) {
        return buttons.stream().filter(b -> b.target() == target && b.id().equals(id)).findFirst().orElse(null);
    }
}
