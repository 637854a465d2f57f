package sahelsim.model;

/** Where the model sends its events; the model itself keeps none. */
@FunctionalInterface
public interface EventSink {

    EventSink NONE = e -> { };

    void emit(ModelEvent event);
}
