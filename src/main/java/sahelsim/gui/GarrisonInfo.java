package sahelsim.gui;

import java.util.Locale;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.Garrison;

/** What the inspector shows of a garrison clicked on the map, in words a class reads. */
final class GarrisonInfo implements Inspectable {

    private final SahelModel model;
    private final Garrison garrison;

    GarrisonInfo(SahelModel model, Garrison garrison) {
        this.model = model;
        this.garrison = garrison;
    }

    Garrison garrison() {
        return garrison;
    }

    private String town() {
        return model.town(garrison.town()).town().name();
    }

    /** Holding, or gone once the garrison has fallen or left. */
    private String status() {
        if (!model.garrisons().contains(garrison)) {
            return "it has fallen or left";
        }
        return garrison.inBattle() ? "under attack" : "holding the town";
    }

    @Override
    public InspectorLines properties() {
        return new InspectorLines(this)
                .line("Whose troops", () -> model.faction(garrison.faction()).name())
                .line("Posted in", this::town)
                .line("What it is doing", this::status)
                .line("Troops in the garrison", garrison::troops)
                .line("Food and ammunition left", () -> String.format(Locale.ENGLISH, "%.0f days",
                        garrison.supply()))
                .line("Morale (100% = ready to fight)", () -> Percent.of(garrison.morale()))
                .line("How well it is dug in", () -> Percent.of(garrison.fortification()))
                .line("Foreign troops with it", () -> garrison.contingent() == null ? "none" : garrison.contingent());
    }

    @Override
    public String place() {
        var town = model.town(garrison.town()).town();
        return Place.of(town.name(), town.location().lat(), town.location().lon());
    }

    @Override
    public String toString() {
        return Levers.shortName(model.faction(garrison.faction()).name()) + " garrison at " + town();
    }
}
