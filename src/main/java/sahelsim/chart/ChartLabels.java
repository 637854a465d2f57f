package sahelsim.chart;

/**
 * The words on a chart: a title, a subtitle saying what is measured and how, the value axis label with its
 * unit, and the caption saying where the numbers come from.
 */
public record ChartLabels(String title, String subtitle, String valueAxis, ChartCaption caption) {
}
