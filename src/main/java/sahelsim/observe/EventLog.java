package sahelsim.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sahelsim.model.EventSink;
import sahelsim.model.ModelEvent;

/** Collects the model's events in the order they happened, for the observer's counts and events.csv. */
public final class EventLog implements EventSink {

    private final List<ModelEvent> events = new ArrayList<>();

    @Override
    public void emit(ModelEvent event) {
        events.add(event);
    }

    public List<ModelEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public int size() {
        return events.size();
    }

    public ModelEvent get(int i) {
        return events.get(i);
    }
}
