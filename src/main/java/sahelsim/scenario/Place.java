package sahelsim.scenario;

import java.util.Locale;

/**
 * A town or a region, as a faction's home areas name it. Five ids of the shipped map (gao, mopti, segou,
 * menaka, kidal) are both a regional capital and its region, so a file writes {@code town:ID} or
 * {@code region:ID} wherever an id alone would be ambiguous.
 */
public record Place(Kind kind, String id) {

    /** What a place is: a town (with the cells nearest it) or a whole region. */
    public enum Kind {
        TOWN, REGION;

        /** How a file writes the kind before the id, e.g. {@code town}. */
        public String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Whether a place with this town and region lies in this one: a town is its own, a cell that of its
     * nearest town; a region covers every town and cell inside it.
     */
    public boolean covers(String townId, String regionId) {
        return id.equals(kind == Kind.TOWN ? townId : regionId);
    }

    /** The place as a file writes it unambiguously, e.g. {@code town:gao}. */
    @Override
    public String toString() {
        return kind.prefix() + ":" + id;
    }
}
