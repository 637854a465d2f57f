package sahelsim.gui;

import sim.util.Propertied;

/** Something on the map the inspector can show: its {@link InspectorLines} are the inspector's lines. */
interface Inspectable extends Propertied {

    /** Where it stands, for the inspector's Position line. */
    String place();

    @Override
    InspectorLines properties();
}
