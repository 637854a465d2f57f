package sahelsim.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;

/**
 * What the observer keeps of the model at the end of a run, beyond the daily record: who held each town and
 * when, and each town's blockades. Collected day by day by the observer.
 */
public record RunFinalState(List<TownSpan> spans) {

    /** A town held by a faction (or blockaded by one) from one date to another, both inclusive. */
    public record TownSpan(String townId, String townName, String region, Status status, String faction,
                           LocalDate from, LocalDate to) {

        /** Held by the faction, or blockaded by it. */
        public enum Status {
            HELD, BLOCKADED
        }

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    public RunFinalState {
        spans = List.copyOf(spans);
    }

    static RunFinalState of(SahelModel model, Observer observer) {
        return new RunFinalState(observer.townSpans());
    }

    /** Spans for one town, in date order. */
    public List<TownSpan> spans(String townId) {
        List<TownSpan> out = new ArrayList<>();
        for (TownSpan s : spans) {
            if (s.townId().equals(townId)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The faction id holding a town on a date, or "" for nobody. */
    public String holderOn(String townId, LocalDate date) {
        for (TownSpan s : spans) {
            if (s.townId().equals(townId) && s.status() == TownSpan.Status.HELD && !date.isBefore(s.from())
                    && !date.isAfter(s.to())) {
                return s.faction();
            }
        }
        return "";
    }

    static String holderId(SahelModel model, TownState t) {
        return t.holder() < 0 ? "" : model.faction(t.holder()).id();
    }
}
