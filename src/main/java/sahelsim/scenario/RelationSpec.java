package sahelsim.scenario;

/** Hostility between two factions. */
public record RelationSpec(String id, String a, String b, double hostility, boolean truce,
                           boolean truceBreaksOnHandover) {
}
