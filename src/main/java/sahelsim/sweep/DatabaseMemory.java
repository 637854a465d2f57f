package sahelsim.sweep;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory DuckDB may use while it builds sweep.duckdb. DuckDB's memory is outside the Java heap, so
 * {@code -Xmx} does not bound it, and left alone DuckDB takes 80% of the machine: about 1.1 GB at 10,000 runs on
 * top of the heap. Beyond the limit DuckDB spills to its temporary folder instead.
 *
 * @param bytes the limit given to DuckDB's {@code memory_limit}
 */
public record DatabaseMemory(long bytes) {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    /** DuckDB needs a few buffers per thread; below this it fails on the first large table. */
    public static final long MINIMUM = 128 * MIB;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(MB|GB|MiB|GiB|M|G)",
            Pattern.CASE_INSENSITIVE);

    public DatabaseMemory {
        if (bytes < MINIMUM) {
            throw new IllegalArgumentException("expected at least 128MB, got " + text(bytes));
        }
    }

    /**
     * A quarter of the memory the machine (or its container) has beyond the Java heap's maximum, between 256 MiB
     * and 4 GiB: the heap and the operating system keep the rest, and loading the logs is a stream, so more than
     * 4 GiB only speeds up the Parquet export a little.
     */
    public static DatabaseMemory forThisMachine() {
        long physical = physicalMemory();
        long beyondHeap = physical - Runtime.getRuntime().maxMemory();
        long quarter = beyondHeap > 0 ? beyondHeap / 4 : 256 * MIB;
        return new DatabaseMemory(Math.max(256 * MIB, Math.min(4 * GIB, quarter)));
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 2 * GIB;
    }

    /** Parses "512MB", "2GB", "1.5GiB" (MB and GB are taken as MiB and GiB, as DuckDB does). */
    public static DatabaseMemory parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 512MB or 2GB, got '" + text + "'");
        }
        double number = Double.parseDouble(m.group(1));
        long unit = m.group(2).toUpperCase(Locale.ROOT).startsWith("G") ? GIB : MIB;
        return new DatabaseMemory(Math.round(number * unit));
    }

    /** The limit as DuckDB's SET memory_limit takes it, in whole MiB. */
    String duckDbSetting() {
        return Math.max(1, bytes / MIB) + "MiB";
    }

    private static String text(long bytes) {
        return bytes / MIB + "MB";
    }

    @Override
    public String toString() {
        return bytes % GIB == 0 ? bytes / GIB + "GB" : text(bytes);
    }
}
