package sahelsim.cli;

import picocli.CommandLine.IVersionProvider;
import sahelsim.io.BuildInfo;

/** Prints the version and the commit the jar was built from. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "sahelsim " + BuildInfo.version() + ", built from commit " + BuildInfo.commit(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
