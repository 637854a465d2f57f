package sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Properties;

/**
 * What MASON's inspector shows of an object, as lines that begin with a few words a class reads ("Troops in
 * the garrison") rather than bean property names ("SupplyDays"). Every line is read-only, so that the
 * inspector cannot change the model behind the timeline's back, and is read again whenever the inspector
 * refreshes.
 */
final class InspectorLines extends Properties {

    private static final long serialVersionUID = 1L;

    private record Line(String label, Supplier<Object> value) {
    }

    private final transient List<Line> lines = new ArrayList<>();

    InspectorLines(Object inspected) {
        this.object = inspected;
    }

    InspectorLines line(String label, Supplier<Object> value) {
        lines.add(new Line(label, value));
        return this;
    }

    /** The label and value of every line, "Troops in the garrison: 900", for tests and the status line. */
    List<String> text() {
        return lines.stream().map(l -> l.label() + ": " + l.value().get()).toList();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return lines.size();
    }

    @Override
    public Object getValue(int index) {
        return String.valueOf(lines.get(index).value().get());
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public String getName(int index) {
        return lines.get(index).label();
    }

    @Override
    public Class<?> getType(int index) {
        return String.class;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return null;
    }
}
