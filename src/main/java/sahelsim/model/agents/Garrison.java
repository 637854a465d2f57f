package sahelsim.model.agents;

/**
 * Troops of one faction holding a town or base: strength, fortification, supply and morale. It projects
 * control around its town, fights when attacked, asks for reinforcement when threatened and abandons its
 * post when supply and morale fail.
 */
public final class Garrison {

    private final int id;
    private final int faction;
    private final int town;
    private final String contingent;
    private int troops;
    private double fortification;
    private double supply;
    private double morale = ArmedUnit.START_MORALE;
    private boolean wantsReinforcement;
    private long nextConvoyDay;
    private int cutOffDays;
    private boolean inBattle;

    /**
     * @param contingent the foreignForces id of a foreign contingent, or null
     */
    public Garrison(int id, int faction, int town, int troops, double fortification, double supply,
                    String contingent) {
        this.id = id;
        this.faction = faction;
        this.town = town;
        this.troops = troops;
        this.fortification = fortification;
        this.supply = supply;
        this.contingent = contingent;
    }

    public int id() {
        return id;
    }

    public int faction() {
        return faction;
    }

    public int town() {
        return town;
    }

    /** The foreign contingent this garrison is, or null. */
    public String contingent() {
        return contingent;
    }

    public int troops() {
        return troops;
    }

    public double fortification() {
        return fortification;
    }

    public double supply() {
        return supply;
    }

    public double morale() {
        return morale;
    }

    public boolean wantsReinforcement() {
        return wantsReinforcement;
    }

    public long nextConvoyDay() {
        return nextConvoyDay;
    }

    public boolean inBattle() {
        return inBattle;
    }

    /** Days in a row the garrison has gone hungry with nothing reaching it. */
    public int cutOffDays() {
        return cutOffDays;
    }

    // Bean getters for MASON's inspectors in the window.

    public int getTroops() {
        return troops;
    }

    public double getSupplyDays() {
        return supply;
    }

    public double getMorale() {
        return morale;
    }

    public double getFortification() {
        return fortification;
    }

    public void setInBattle(boolean inBattle) {
        this.inBattle = inBattle;
    }

    public void addTroops(int more) {
        troops += more;
    }

    /** Removes up to {@code count} troops and returns how many were removed. */
    public int removeTroops(int count) {
        int removed = Math.max(0, Math.min(count, troops));
        troops -= removed;
        return removed;
    }

    public void fortify(double level) {
        fortification = Math.max(fortification, level);
    }

    public void setSupply(double days) {
        supply = Math.max(0, days);
    }

    public void setMorale(double value) {
        morale = Math.max(0, Math.min(1, value));
    }

    public void setWantsReinforcement(boolean wants) {
        wantsReinforcement = wants;
    }

    public void setNextConvoyDay(long day) {
        nextConvoyDay = day;
    }

    /** Counts a day cut off and hungry, or starts the count again when the garrison was not. */
    public void countCutOffDay(boolean cutOff) {
        cutOffDays = cutOff ? cutOffDays + 1 : 0;
    }

    @Override
    public String toString() {
        return "Garrison " + id + " (faction " + faction + ", town " + town + ", " + troops + " troops)";
    }
}
