package sahelsim.scenario;

import java.util.List;

/** Parameters of supply and blockade; see docs/scenario-reference.md. */
public record SupplyParams(List<String> origins, int convoyEveryDays, double convoySpeedKmPerDay, int convoyEscort,
                           double convoyCargoDays, double stockDays, double airliftDaysPerWeek,
                           double blockadeRadiusKm, double abandonSupplyDays, double abandonMorale,
                           int abandonAfterDays, double handoverReachKm, int handoverTroops, int minGarrison) {

    public SupplyParams {
        origins = List.copyOf(origins);
    }
}
