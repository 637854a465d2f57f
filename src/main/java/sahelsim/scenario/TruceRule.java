package sahelsim.scenario;

/**
 * What makes a party to a truce break it, each seen from that party: the other side establishes a post in its
 * home areas where it had none when the truce began ({@code BASE_TAKEN}, as FAMa's take-over of the camp at
 * Ber broke the 2015 ceasefire, mali-facts 5 fact 2); the other side's forces operate in its home areas in
 * strength ({@code INCURSION}); the other side fights a coalition partner of the party in its home areas
 * ({@code ALLY_ATTACKED}); or the party's own strategy picks a town the other side holds as its objective
 * ({@code OFFENSIVE}).
 */
public enum TruceRule {
    BASE_TAKEN,
    INCURSION,
    ALLY_ATTACKED,
    OFFENSIVE;

    /** The word written in scenario files: baseTaken, incursion, allyAttacked, offensive. */
    public String fileName() {
        return FileWords.of(this);
    }

    public static String[] fileNames() {
        TruceRule[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].fileName();
        }
        return out;
    }

    public static TruceRule fromFileName(String word) {
        for (TruceRule r : values()) {
            if (r.fileName().equals(word)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown truce rule " + word);
    }
}
