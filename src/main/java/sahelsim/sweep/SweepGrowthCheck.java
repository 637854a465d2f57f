package sahelsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a changed sweep file grows the sweep in a folder: only {@code replications} and {@code samples} may
 * change, and only upwards; {@code samples} only for sobol and morris, whose designs keep every point when they
 * grow (the Sobol sequence and the Morris generator give the first points first). A Latin hypercube of more points
 * does not hold the smaller one's points, and a new batch beside the old would no longer be one Latin hypercube, so
 * an lhs sweep grows only in replications.
 */
final class SweepGrowthCheck {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String SAMPLES = "samples";
    private static final String REPLICATIONS = "replications";

    private SweepGrowthCheck() {
    }

    /**
     * The growth of the sweep in {@code dir} after its file changed to {@code text}, whose plan unchanged by growth
     * is {@code fresh}; throws {@link SweepError} saying why the change is not a growth.
     */
    static SweepGrowth grown(Path dir, SweepManifest there, String text, SweepPlan fresh) {
        JsonNode before = tree(there.sweepText());
        JsonNode after = tree(text);
        if (before == null || after == null || !withoutSize(before).equals(withoutSize(after))) {
            throw new SweepError(dir + " holds another sweep: the sweep file " + there.sweepFile() + " has changed "
                    + "since that sweep started, and not only in samples and replications, the two a sweep can grow "
                    + "by. Use --force to replace it, or choose another folder with --out");
        }
        int samplesBefore = before.path(SAMPLES).asInt(0);
        int samplesAfter = after.path(SAMPLES).asInt(0);
        SweepGrowth growth = there.growth();
        SweepGrowth.Size last = growth.last();
        int replications = fresh.spec().replications();
        if (replications < last.replications() || samplesAfter < samplesBefore) {
            throw new SweepError(dir + " holds the sweep with " + (replications < last.replications()
                    ? "replications " + last.replications() + ", more than the " + replications
                    : "samples " + samplesBefore + ", more than the " + samplesAfter) + " the sweep file now "
                    + "asks for: a sweep grows but does not shrink (its runs.csv keeps every row it has). Use "
                    + "--force to run the smaller sweep from the start, or choose another folder with --out");
        }
        DesignKind design = fresh.spec().design();
        if (samplesAfter > samplesBefore && design == DesignKind.LHS) {
            throw new SweepError(dir + " holds an lhs sweep of " + samplesBefore + " samples, which cannot grow to "
                    + samplesAfter + ": a Latin hypercube of more points does not hold the points of the smaller "
                    + "one, so its runs would all be new. Grow it by replications only, or run the larger design "
                    + "into another folder with --out (or --force to replace this one)");
        }
        if (fresh.pointCount() == last.points() && replications == last.replications()) {
            return growth;
        }
        return growth.grown(fresh.pointCount(), replications);
    }

    private static JsonNode tree(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode withoutSize(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove(SAMPLES);
            o.remove(REPLICATIONS);
        }
        return copy;
    }
}
