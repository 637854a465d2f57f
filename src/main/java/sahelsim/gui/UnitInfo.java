package sahelsim.gui;

import sahelsim.model.SahelModel;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;

/** What the inspector shows of an armed band or column clicked on the map, like {@link GarrisonInfo}. */
final class UnitInfo implements Inspectable {

    private final SahelModel model;
    private final ArmedUnit unit;

    UnitInfo(SahelModel model, ArmedUnit unit) {
        this.model = model;
        this.unit = unit;
    }

    ArmedUnit unit() {
        return unit;
    }

    private String near() {
        return model.town(model.grid().nearestTown(unit.cell())).town().name();
    }

    private String status() {
        if (!unit.alive() || !model.units().contains(unit)) {
            return "it has been destroyed or has left";
        }
        return unit.inBattle() ? "fighting" : "on the move";
    }

    /** Its orders in words, with the town they concern: "attack Gao", "wait for orders". */
    private String mission() {
        String orders = switch (unit.mission()) {
            case IDLE -> "wait for orders";
            case EXPAND -> "move into the countryside near";
            case RAID -> "raid";
            case ATTACK -> "attack";
            case OCCUPY -> "take the empty post at";
            case BLOCKADE -> "cut the roads to";
            case AMBUSH -> "ambush convoys near";
            case CLEAR -> "sweep the countryside near";
            case REINFORCE -> "join the garrison of";
            case DEFEND -> "defend";
            case RECRUIT -> "rest and recruit near";
            case RETREAT -> "fall back towards";
        };
        int town = unit.mission() == Mission.IDLE ? -1 : unit.targetTown() >= 0 ? unit.targetTown()
                : unit.homeTown();
        return town < 0 ? orders : orders + " " + model.town(town).town().name();
    }

    /** Who controls the ground it stands on, and how firmly. */
    private String ground() {
        int land = model.grid().landIndex(unit.cell());
        if (land < 0 || model.control().zone(land) == 0) {
            return Words.NO_ONE;
        }
        return Levers.shortName(model.faction(model.control().dominant(land)).name()) + ", "
                + Words.strength(model.control().zone(land));
    }

    @Override
    public InspectorLines properties() {
        return new InspectorLines(this)
                .line("Whose fighters", () -> model.faction(unit.faction()).name())
                .line("What it is doing", this::status)
                .line("Fighters in the band", unit::strength)
                .line("Morale (100% = ready to fight)", () -> Percent.of(unit.morale()))
                .line("Its orders", this::mission)
                .line("Days on these orders", unit::missionDays)
                .line("Nearest town", this::near)
                .line("Who controls the ground here", this::ground);
    }

    @Override
    public String place() {
        return Place.of("near " + near(), model.grid().lat(unit.cell()), model.grid().lon(unit.cell()));
    }

    @Override
    public String toString() {
        return Levers.shortName(model.faction(unit.faction()).name()) + " band of " + unit.strength() + " near "
                + near();
    }
}
