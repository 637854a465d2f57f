package sahelsim.chart;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A picture's size in pixels, parsed from "1600x900". */
public record ImageSize(int width, int height) {

    public static final ImageSize SLIDE = new ImageSize(1600, 900);

    private static final Pattern FORM = Pattern.compile("(\\d{2,5})x(\\d{2,5})");

    public ImageSize {
        if (width < 200 || height < 200 || width > 10000 || height > 10000) {
            throw new IllegalArgumentException("image size out of range: " + width + "x" + height);
        }
    }

    /** Parses WIDTHxHEIGHT, each between 200 and 10000 pixels. */
    public static Optional<ImageSize> parse(String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase());
        if (!m.matches()) {
            return Optional.empty();
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 200 || h < 200 || w > 10000 || h > 10000) {
            return Optional.empty();
        }
        return Optional.of(new ImageSize(w, h));
    }
}
