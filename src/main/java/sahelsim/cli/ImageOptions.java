package sahelsim.cli;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import sahelsim.chart.ChartFormat;
import sahelsim.chart.ImageSize;

/** {@code --format} and {@code --size} of the commands that draw charts. */
final class ImageOptions {

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "png,svg", split = ",", hideParamSyntax = true,
            converter = FormatConverter.class,
            description = "Comma-separated file formats: png, svg, pdf (default: ${DEFAULT-VALUE}).")
    private Set<ChartFormat> formats;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x900", converter = SizeConverter.class,
            description = "Picture size in pixels (default: ${DEFAULT-VALUE}).")
    private ImageSize size;

    /** The formats in their own order, whatever order they were given in: files are written and listed so. */
    Set<ChartFormat> formats() {
        return EnumSet.copyOf(formats);
    }

    ImageSize size() {
        return size;
    }

    /** "png" as a format. */
    static final class FormatConverter implements ITypeConverter<ChartFormat> {

        @Override
        public ChartFormat convert(String text) {
            try {
                return ChartFormat.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "1600x900" as a picture size. */
    static final class SizeConverter implements ITypeConverter<ImageSize> {

        @Override
        public ImageSize convert(String text) {
            return ImageSize.parse(text).orElseThrow(() -> new TypeConversionException(
                    "expected WIDTHxHEIGHT in pixels, each 200 to 10000, such as 1600x900, got '" + text + "'"));
        }
    }
}
