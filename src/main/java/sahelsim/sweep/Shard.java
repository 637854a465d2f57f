package sahelsim.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a sweep one process runs: the runs whose id leaves {@code index} when divided by {@code count}.
 * Shards interleave rather than cut the sweep into blocks, so that each gets its share of every region of the
 * design and of the slow and fast runs. The whole sweep is shard 0 of 1.
 */
public record Shard(int index, int count) {

    public static final Shard WHOLE = new Shard(0, 1);

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    private static final Pattern FOLDER = Pattern.compile("shard-(\\d{1,9})-of-(\\d{1,9})");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("expected a shard i/n with 0 <= i < n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}; throws IllegalArgumentException saying what was expected. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected i/n such as 0/4 (shard i of n, counted from 0), got '"
                    + text + "'");
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count < 1 || index >= count) {
            throw new IllegalArgumentException("expected i/n with n >= 1 and 0 <= i < n (shards are counted from 0), "
                    + "got " + text.trim());
        }
        return new Shard(index, count);
    }

    /** The shard a folder named {@code shard-i-of-n} holds, or null for any other name. */
    public static Shard ofFolderName(String name) {
        Matcher m = FOLDER.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        return count >= 1 && index < count ? new Shard(index, count) : null;
    }

    public boolean isWhole() {
        return count == 1;
    }

    public boolean contains(long runId) {
        return runId % count == index;
    }

    /** How many of a sweep's {@code total} runs fall in this shard. */
    public long runCount(long total) {
        return total <= index ? 0 : (total - index - 1) / count + 1;
    }

    /** The id of this shard's k-th run (from 0). */
    public long runId(long k) {
        return index + k * count;
    }

    /** The place of one of this shard's runs among them (from 0). */
    public long position(long runId) {
        return (runId - index) / count;
    }

    /** The folder of the shard inside its sweep's folder: {@code shard-i-of-n}. */
    public String folderName() {
        return "shard-" + index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
