package sahelsim.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** How a value axis reads: shares as percentages, counts with thousands separators, plain numbers. */
public enum ValueKind {
    SHARE, COUNT, NUMBER;

    public NumberFormat format() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        return switch (this) {
            case SHARE -> new DecimalFormat("0.#%", symbols);
            case COUNT -> new DecimalFormat("#,##0", symbols);
            case NUMBER -> new DecimalFormat("#,##0.##", symbols);
        };
    }
}
