package sahelsim.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import sahelsim.sweep.DatabaseMemory;

/** {@code --db-memory}, for the commands that write a sweep's results database. */
final class DatabaseMemoryOption {

    @Option(names = "--db-memory", paramLabel = "SIZE", converter = Converter.class,
            description = "Memory DuckDB may use while it writes sweep.duckdb, such as 512MB or 2GB; beyond it, it "
                    + "spills to a hidden folder inside the sweep folder (default: a quarter of the memory beyond the "
                    + "Java heap, between 256MB and 4GB).")
    private DatabaseMemory memory;

    DatabaseMemory memory() {
        return memory != null ? memory : DatabaseMemory.forThisMachine();
    }

    static final class Converter implements ITypeConverter<DatabaseMemory> {

        @Override
        public DatabaseMemory convert(String text) {
            try {
                return DatabaseMemory.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
