package sahelsim.scenario;

/** What kind of actor a faction is. */
public enum FactionKind {
    STATE, FOREIGN, CONTRACTOR, REBEL, JIHADIST, MILITIA
}
