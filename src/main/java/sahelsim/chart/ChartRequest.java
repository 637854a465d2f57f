package sahelsim.chart;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which charts to draw from a run folder, how, and where.
 *
 * @param dates   dates of control maps and panels; empty for the defaults
 * @param animate the animation's step; used when {@code kinds} holds {@link ChartKind#ANIMATION}
 */
public record ChartRequest(Set<ChartKind> kinds, Set<ChartFormat> formats, ImageSize size, List<LocalDate> dates,
                           ControlAnimation.Step animate) {

    /** The formats a run writes its charts in (docs/outputs.md): PNG for slides, SVG for reports. */
    public static final Set<ChartFormat> DEFAULT_FORMATS = EnumSet.of(ChartFormat.PNG, ChartFormat.SVG);

    public ChartRequest {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ChartKind.class) : EnumSet.copyOf(kinds);
        formats = EnumSet.copyOf(formats);
        dates = List.copyOf(dates);
    }

    /** The default set of charts, as a run writes them. */
    /** The same request without some kinds of chart. */
    public ChartRequest without(ChartKind... left) {
        Set<ChartKind> rest = EnumSet.noneOf(ChartKind.class);
        rest.addAll(kinds);
        for (ChartKind k : left) {
            rest.remove(k);
        }
        return new ChartRequest(rest, formats, size, dates, animate);
    }

    public static ChartRequest defaults() {
        return new ChartRequest(ChartKind.defaults(), DEFAULT_FORMATS, ImageSize.SLIDE, List.of(),
                ControlAnimation.Step.MONTH);
    }
}
