package sahelsim.model;

/**
 * Kinds of model events, each with the ACLED event type and sub-event type it is logged as, so that the same
 * scripts read model output and ACLED exports (ACLED Codebook, 2023).
 */
public enum EventKind {
    ARMED_CLASH("Battles", "Armed clash"),
    /** Attackers beat a post's defenders, took what they could and withdrew rather than hold it. */
    POST_OVERRUN("Battles", "Armed clash"),
    TERRITORY_TAKEN("Battles", "Non-state actor overtakes territory"),
    TERRITORY_REGAINED("Battles", "Government regains territory"),
    IED("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    CIVILIANS_ATTACKED("Violence against civilians", "Attack"),
    TRANSFER("Strategic developments", "Non-violent transfer of territory"),
    BASE_ESTABLISHED("Strategic developments", "Headquarters or base established"),
    CHANGE_OF_ACTIVITY("Strategic developments", "Change to group/activity"),
    AGREEMENT("Strategic developments", "Agreement"),
    TRUCE_ENDS("Strategic developments", "Other"),
    BLOCKADE_BEGINS("Strategic developments", "Other"),
    BLOCKADE_ENDS("Strategic developments", "Other"),
    CONVOY_TURNED_BACK("Strategic developments", "Other"),
    /** A foreign base left with nobody to take it over. */
    BASE_ABANDONED("Strategic developments", "Other"),
    /** A garrison leaving its post, for want of supplies or driven out. */
    POST_ABANDONED("Strategic developments", "Other"),
    /** Active civilians facing state forces that outnumber them and arrest them (Epstein's Model I). */
    PROTEST("Protests", "Protest with intervention"),
    /** Active civilians outnumbering the state forces before them, who can no longer deter them. */
    RIOT("Riots", "Violent demonstration");

    private final String eventType;
    private final String subEventType;

    EventKind(String eventType, String subEventType) {
        this.eventType = eventType;
        this.subEventType = subEventType;
    }

    public String eventType() {
        return eventType;
    }

    public String subEventType() {
        return subEventType;
    }

    /** An attack in the sense of the `attacks` measure: a violent event with a perpetrator. */
    public boolean violent() {
        return this == ARMED_CLASH || this == POST_OVERRUN || this == TERRITORY_TAKEN || this == TERRITORY_REGAINED || this == IED
                || this == CIVILIANS_ATTACKED;
    }
}
