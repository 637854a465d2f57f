package sahelsim.scenario;

/** Troops posted in a town at the start. */
public record GarrisonSpec(String id, String town, String faction, int troops, double fortification,
                           double supplyDays) {
}
