package sahelsim.model.agents;

/**
 * A mobile band or column: strength, morale, position and mission. Missions come from its faction's
 * {@link Command}; the unit walks over the grid towards its target at its faction's speed, slowed by terrain.
 */
public final class ArmedUnit {

    /** Morale of a unit when it forms (an assumption). */
    public static final double START_MORALE = 0.7;

    private final int id;
    private final int faction;
    private int strength;
    private double morale = START_MORALE;
    private int cell;
    private int homeTown;
    private Mission mission = Mission.IDLE;
    private int targetTown = -1;
    private int targetCell = -1;
    private int targetLink = -1;
    private boolean arrived;
    private int missionDays;
    private double moveCredit;
    private boolean inBattle;

    public ArmedUnit(int id, int faction, int strength, int cell, int homeTown) {
        this.id = id;
        this.faction = faction;
        this.strength = strength;
        this.cell = cell;
        this.homeTown = homeTown;
    }

    public int id() {
        return id;
    }

    public int faction() {
        return faction;
    }

    public int strength() {
        return strength;
    }

    public double morale() {
        return morale;
    }

    public int cell() {
        return cell;
    }

    public int homeTown() {
        return homeTown;
    }

    public Mission mission() {
        return mission;
    }

    public int targetTown() {
        return targetTown;
    }

    public int targetCell() {
        return targetCell;
    }

    public int targetLink() {
        return targetLink;
    }

    public boolean arrived() {
        return arrived;
    }

    public int missionDays() {
        return missionDays;
    }

    public boolean inBattle() {
        return inBattle;
    }

    public boolean alive() {
        return strength > 0;
    }

    // Bean getters for MASON's inspectors in the window.

    public int getStrength() {
        return strength;
    }

    public double getMorale() {
        return morale;
    }

    public String getMission() {
        return mission.name().toLowerCase();
    }

    public int getMissionDays() {
        return missionDays;
    }

    public void setInBattle(boolean inBattle) {
        this.inBattle = inBattle;
    }

    public void setHomeTown(int town) {
        homeTown = town;
    }

    public void assign(Mission mission, int targetTown, int targetCell, int targetLink) {
        this.mission = mission;
        this.targetTown = targetTown;
        this.targetCell = targetCell;
        this.targetLink = targetLink;
        this.arrived = targetCell >= 0 && targetCell == cell;
        this.missionDays = 0;
    }

    public void idle() {
        assign(Mission.IDLE, -1, -1, -1);
    }

    public void moveTo(int cell) {
        this.cell = cell;
    }

    public void setArrived(boolean arrived) {
        this.arrived = arrived;
    }

    public void countMissionDay() {
        missionDays++;
    }

    public double moveCredit() {
        return moveCredit;
    }

    public void setMoveCredit(double credit) {
        moveCredit = credit;
    }

    public void addStrength(int more) {
        strength += more;
    }

    /** Removes up to {@code count} fighters and returns how many were removed. */
    public int removeStrength(int count) {
        int removed = Math.max(0, Math.min(count, strength));
        strength -= removed;
        return removed;
    }

    public void setMorale(double value) {
        morale = Math.max(0, Math.min(1, value));
    }

    @Override
    public String toString() {
        return "Unit " + id + " (faction " + faction + ", " + strength + " fighters, " + mission + ")";
    }
}
