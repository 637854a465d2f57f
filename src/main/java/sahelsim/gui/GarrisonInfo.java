package sahelsim.gui;

import sahelsim.model.SahelModel;
import sahelsim.model.agents.Garrison;

/**
 * What the inspector shows of a garrison clicked on the map, in words a class reads: read-only properties, so
 * that the inspector cannot change the model behind the timeline's back.
 */
public final class GarrisonInfo implements Inspectable {

    private final SahelModel model;
    private final Garrison garrison;

    GarrisonInfo(SahelModel model, Garrison garrison) {
        this.model = model;
        this.garrison = garrison;
    }

    Garrison garrison() {
        return garrison;
    }

    public String getFaction() {
        return model.faction(garrison.faction()).name();
    }

    public String getTown() {
        return model.town(garrison.town()).getName();
    }

    /** Holding, or gone once the garrison has fallen or left. */
    public String getStatus() {
        if (!model.garrisons().contains(garrison)) {
            return "gone";
        }
        return garrison.inBattle() ? "under attack" : "holding";
    }

    public int getTroops() {
        return garrison.getTroops();
    }

    public String getSupplies() {
        return String.format("%.0f days", garrison.getSupplyDays());
    }

    public String getMorale() {
        return Percent.of(garrison.getMorale());
    }

    public String getFortification() {
        return Percent.of(garrison.getFortification());
    }

    public String getForeignContingent() {
        return garrison.contingent() == null ? "no" : garrison.contingent();
    }

    @Override
    public String place() {
        return Place.of(getTown(), model.town(garrison.town()).town().location().lat(),
                model.town(garrison.town()).town().location().lon());
    }

    @Override
    public String toString() {
        return Levers.shortName(getFaction()) + " garrison at " + getTown();
    }
}
