package sahelsim.gui;

import sahelsim.model.SahelModel;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;

/** What the inspector shows of an armed band or column clicked on the map; read-only, like {@link GarrisonInfo}. */
public final class UnitInfo implements Inspectable {

    private final SahelModel model;
    private final ArmedUnit unit;

    UnitInfo(SahelModel model, ArmedUnit unit) {
        this.model = model;
        this.unit = unit;
    }

    ArmedUnit unit() {
        return unit;
    }

    public String getFaction() {
        return model.faction(unit.faction()).name();
    }

    public String getStatus() {
        if (!unit.alive() || !model.units().contains(unit)) {
            return "gone";
        }
        return unit.inBattle() ? "fighting" : "on the move";
    }

    public int getFighters() {
        return unit.getStrength();
    }

    public String getMorale() {
        return Percent.of(unit.getMorale());
    }

    /** Its mission and target: "attack Gao", "idle". */
    public String getMission() {
        String mission = unit.getMission();
        return unit.targetTown() >= 0 && unit.mission() != Mission.IDLE
                ? mission + " " + model.town(unit.targetTown()).getName() : mission;
    }

    public int getDaysOnMission() {
        return unit.getMissionDays();
    }

    public String getNear() {
        return model.town(model.grid().nearestTown(unit.cell())).getName();
    }

    @Override
    public String place() {
        return Place.of("near " + getNear(), model.grid().lat(unit.cell()), model.grid().lon(unit.cell()));
    }

    @Override
    public String toString() {
        return Levers.shortName(getFaction()) + " band of " + unit.strength() + " near " + getNear();
    }
}
