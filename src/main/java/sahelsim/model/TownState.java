package sahelsim.model;

import sahelsim.map.Town;

/** A town during a run: who holds it, whether it is blockaded, whether it was a foreign base. */
public final class TownState {

    private final int index;
    private final Town town;
    private final int cell;
    private int holder = -1;
    private int blockadedBy = -1;
    private long blockadeSince = -1;
    private long blockadeDays;
    private boolean foreignBase;
    private boolean vacatedBase;
    private long vacatedDay;

    TownState(int index, Town town, int cell) {
        this.index = index;
        this.town = town;
        this.cell = cell;
    }

    public int index() {
        return index;
    }

    public Town town() {
        return town;
    }

    public String getName() {
        return town.name();
    }

    public int cell() {
        return cell;
    }

    /** The faction holding the town, or -1 when nobody does. */
    public int holder() {
        return holder;
    }

    void setHolder(int holder) {
        this.holder = holder;
    }

    public boolean blockaded() {
        return blockadedBy >= 0;
    }

    /** The faction blockading the town, or -1. */
    public int blockadedBy() {
        return blockadedBy;
    }

    public long blockadeSince() {
        return blockadeSince;
    }

    /** Days the town has spent blockaded so far. */
    public long blockadeDays() {
        return blockadeDays;
    }

    public void startBlockade(int faction, long day) {
        blockadedBy = faction;
        blockadeSince = day;
    }

    public void endBlockade() {
        blockadedBy = -1;
        blockadeSince = -1;
    }

    public void countBlockadeDay() {
        if (blockaded()) {
            blockadeDays++;
        }
    }

    /** A foreign contingent was based here at some point of the run. */
    public boolean foreignBase() {
        return foreignBase;
    }

    public void markForeignBase() {
        foreignBase = true;
    }

    /** A foreign contingent left here: the base's equipment and position make it a prize. */
    public boolean vacatedBase() {
        return vacatedBase;
    }

    /** The day the last foreign contingent left (meaningful once {@link #vacatedBase()}). */
    public long vacatedDay() {
        return vacatedDay;
    }

    public void markVacated(long day) {
        vacatedBase = true;
        vacatedDay = day;
    }
}
