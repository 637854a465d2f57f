package sahelsim.gui;

/** Something on the map the inspector can show: its bean getters are the inspector's lines. */
interface Inspectable {

    /** Where it stands, for the inspector's Position line. */
    String place();
}
