package sahelsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version and the commit it was built from, stamped into the jar at build time. */
public final class BuildInfo {

    /** The program as a manifest names it. */
    public record Program(String name, String version, String commit) {

        public static Program current() {
            return new Program("sahelsim", BuildInfo.version(), BuildInfo.commit());
        }
    }

    /** The Java runtime as a manifest names it. */
    public record JavaRuntime(String version, String vendor) {

        public static JavaRuntime current() {
            return new JavaRuntime(System.getProperty("java.version"), System.getProperty("java.vendor"));
        }
    }

    private static final Properties VERSION = load("/sahelsim/version.properties");
    private static final Properties GIT = load("/sahelsim/git.properties");

    private BuildInfo() {
    }

    public static String version() {
        return VERSION.getProperty("version", "unknown");
    }

    /** Abbreviated commit id, with "-dirty" when the working tree had uncommitted changes. */
    public static String commit() {
        String id = GIT.getProperty("git.commit.id.abbrev", "unknown");
        return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
    }

    /** One line for captions and manifests: "sahelsim 0.1.0 (abc1234)". */
    public static String label() {
        return "sahelsim " + version() + " (" + commit() + ")";
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable stamp leaves "unknown" in place: the build info is informative only.
        }
        return p;
    }
}
