package sahelsim.scenario;

/**
 * Reads a record from a section of the checked tree by name: each component from the key of the same name, a
 * component that is itself a record from the sub-section of its name, a list of records from a list of items. A
 * key without a component, or a component without a key, is a defect of the program and fails at once (and so
 * fails every test that loads a scenario), never a value left at zero.
 *
 * <p>The core declares what it needs and the loader supplies it with Jackson, which the core does not use.
 */
public interface RecordReader {

    /**
     * The record read from {@code section}.
     *
     * @param path the section's key path, for the message when record and section do not match
     */
    <R extends Record> R read(ConfigNode.MapNode section, String path, Class<R> type);
}
