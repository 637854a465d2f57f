package sahelsim.scenario;

import java.util.List;

/** Writes docs/scenario-reference.md from the schema, so the reference covers every key the loader knows. */
public final class ScenarioReference {

    private ScenarioReference() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Scenario file reference

                This page is generated from the loader's schema (`sahelsim.scenario.ScenarioSchema`) by
                `./sahelsim validate --reference`; it lists every key a scenario file may hold. Empirical values in
                the shipped scenarios cite their sources in comments beside them.

                ## Rules of the format

                - A scenario is one YAML file of keys. Unknown keys, wrong types, values out of range, dates
                  outside the calendar and references to unknown towns, regions, factions, contingents or
                  coalitions are errors, reported as `file:line:column: key.path: what was expected, got what`.
                  `./sahelsim validate FILE...` prints every error found, not just the first.
                - Numbers are written without quotes (a quoted `"5"` is text). Dates are `YYYY-MM-DD`. `null`
                  means "never" or "none" where a key allows it. Booleans are `true` or `false`.
                - YAML tags (`!!...`), anchors and aliases are refused, and a key written twice is an error: a
                  scenario file holds plain values only, and no tag ever builds an object.
                - `extends: other.yaml` (at the top of the file, relative to it) inherits another scenario and
                  overrides any of its keys. Sections merge key by key. Lists whose items have an `id` (every
                  list of items here: factions, relations, garrisons, foreignForces, coalitions, timeline) merge
                  item by item: an item with a known id is merged into the inherited one, a new id is appended,
                  and `remove: true` deletes the inherited item. Any other value, including lists of ids such as
                  `homeAreas`, is replaced whole. Chains of `extends` are allowed; cycles are refused.
                - `--set key.path=value` on the command line overrides any key, after `extends`; it can be
                  repeated and is recorded in a run's manifest. A step into a list names the item's id:
                  `--set factions.jnim.behaviour.aggression=0.8`, `--set foreignForces.minusma-kidal.withdrawal=null`.
                  The value is read as YAML: `2000`, `2023-06-30`, `null`, `[gao, kidal]`.
                - These key paths are fixed, because sweeps, tools and tests name them: `calendar.start`,
                  `calendar.end`, `map.resolution`, `wagner.arrival`, `wagner.strength`, `wagner.abuse`.
                - The loaded scenario has a canonical text (every key with its value or default, in the order
                  of this page) whose SHA-256 identifies it in provenance.

                """);
        for (Key key : ScenarioSchema.ROOT.keys()) {
            if (key instanceof Key.Value v) {
                if (v == ScenarioSchema.ROOT.keys().get(0)) {
                    md.append("## Top level\n\n");
                    header(md);
                }
                row(md, v.name(), v);
            }
        }
        md.append('\n');
        for (Key key : ScenarioSchema.ROOT.keys()) {
            if (!(key instanceof Key.Value)) {
                section(md, key, key.name(), 2);
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Key key, String path, int level) {
        md.append("#".repeat(level)).append(' ').append('`').append(path).append("`\n\n");
        if (!key.doc().isEmpty()) {
            md.append(key.doc()).append("\n\n");
        }
        List<Key> keys;
        String prefix;
        if (key instanceof Key.Items items) {
            md.append("A list of items; each needs an `id`. Key paths name an item by its id: `").append(path)
                    .append(".<id>.<key>`.\n\n");
            keys = items.item().keys();
            prefix = path + ".<id>.";
        } else {
            keys = ((Key.Section) key).keys();
            prefix = path + ".";
        }
        header(md);
        for (Key k : keys) {
            if (k instanceof Key.Value v) {
                row(md, prefix + v.name(), v);
            } else {
                md.append("| `").append(prefix).append(k.name()).append("` | section | | | ")
                        .append(escape(k.doc())).append(" (below) | |\n");
            }
        }
        md.append('\n');
        for (Key k : keys) {
            if (!(k instanceof Key.Value)) {
                section(md, k, prefix + k.name(), Math.min(level + 1, 4));
            }
        }
    }

    private static void header(StringBuilder md) {
        md.append("| key | type and range | unit | default | meaning | source |\n");
        md.append("|---|---|---|---|---|---|\n");
    }

    private static void row(StringBuilder md, String path, Key.Value v) {
        md.append("| `").append(path).append("` | ").append(escape(v.type().expected())).append(" | ")
                .append(escape(v.unit())).append(" | ").append(defaultText(v)).append(" | ")
                .append(escape(v.doc())).append(" | ").append(escape(v.source())).append(" |\n");
    }

    private static String defaultText(Key.Value v) {
        if (v.required()) {
            return "required";
        }
        Object d = v.defaultValue();
        if (d == null) {
            return "`null`";
        }
        if (d instanceof List<?> l) {
            return l.isEmpty() ? "`[]`" : "`" + l + "`";
        }
        return "`" + d + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
